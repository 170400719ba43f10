import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { dataset, expect, serveFixture, test } from "./fixtures";

// A reporter's typing, key by key, on two busy cores.
test.describe.configure({ timeout: 90_000 });

const items = (page: Page, name: string) => page.getByRole("region", { name, exact: true }).locator("fieldset.item");
// Found by its place, not its title: the title is in the studio's language.
const preview = (page: Page) => page.frameLocator(".preview-pane iframe");

test("people and other spellings typed key by key keep their spaces and commas, in English and Arabic", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const event = items(page, "Events").first();
  const who = event.getByLabel(/^Who/);
  const spellings = event.getByLabel(/^Other spellings/);

  await who.click();
  await who.press("ControlOrMeta+a");
  await who.press("Backspace");
  await who.pressSequentially("Ali Khamenei, Bashar al-Assad");
  await expect(who).toHaveValue("Ali Khamenei, Bashar al-Assad");
  // The preview follows each key with the list the text reads as.
  const detail = preview(page).getByTestId("event-detail");
  await expect(detail).toHaveAttribute("data-event-id", dataset.events[0]!.id, { timeout: 15_000 });
  await expect(detail).toContainText("Ali Khamenei, Bashar al-Assad");

  await spellings.click();
  await spellings.press("ControlOrMeta+a");
  await spellings.press("Backspace");
  // The Arabic comma separates as the Latin one does.
  await spellings.pressSequentially("مسعود بزشكيان، بسام الصباغ");
  await expect(spellings).toHaveValue("مسعود بزشكيان، بسام الصباغ");
  // Read as a list once the field is left: shown with the separator typed, not a Latin comma.
  await who.focus();
  await expect(spellings).toHaveValue("مسعود بزشكيان، بسام الصباغ");
  await expect(who).toHaveValue("Ali Khamenei, Bashar al-Assad");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  // People changed since the published version: a note is offered, and may be left empty.
  await page.getByRole("button", { name: "Export with these notes" }).click();
  const exported = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
  expect(exported.events[0].actors).toEqual(["Ali Khamenei", "Bashar al-Assad"]);
  expect(exported.events[0].aliases).toEqual(["مسعود بزشكيان", "بسام الصباغ"]);

  // Undo while the field has the focus takes the list back, and the field shows it.
  await who.click();
  await who.press("End");
  await who.pressSequentially(", Hassan");
  await expect(who).toHaveValue("Ali Khamenei, Bashar al-Assad, Hassan");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(who).not.toHaveValue(/Hassan/);
});

test("an Arabic list keeps the Arabic comma once left: in the field, the preview, the export and the file reopened", async ({ page }) => {
  await page.goto("./studio/?lang=ar");
  await page.getByRole("button", { name: "ابدأ من الخط الزمني المنشور" }).click();
  const event = items(page, "الأحداث").first();
  const who = event.locator("#f-events-0-actors");
  await who.click();
  await who.press("ControlOrMeta+a");
  await who.press("Backspace");
  await who.pressSequentially("مسعود بزشكيان، بسام الصباغ");
  await event.locator("#f-events-0-place").click();
  await expect(who).toHaveValue("مسعود بزشكيان، بسام الصباغ");
  const detail = preview(page).getByTestId("event-detail");
  await expect(detail).toHaveAttribute("data-event-id", dataset.events[0]!.id, { timeout: 15_000 });
  await expect(detail.locator(".event-facts dd").last()).toContainText("مسعود بزشكيان، بسام الصباغ");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "تصدير", exact: true }).click();
  await page.getByRole("button", { name: "صدِّر مع هذه الملاحظات" }).click();
  const file = (await (await downloading).path())!;
  expect(JSON.parse(readFileSync(file, "utf8")).events[0].actors).toEqual(["مسعود بزشكيان", "بسام الصباغ"]);

  // Opened again, with nothing typed in this page: the list's own script says which comma.
  await page.getByLabel("افتح ملفًا").setInputFiles(file);
  await expect(items(page, "الأحداث").first().locator("#f-events-0-actors")).toHaveValue("مسعود بزشكيان، بسام الصباغ");
});

test("Export is no undo step: the ids it fixed stay fixed whatever is undone after it", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").first();
  await event.getByLabel("Date", { exact: true }).pressSequentially("2024-03-03");
  const title = event.getByLabel("Title", { exact: true });
  await title.pressSequentially("Talks open");
  const id = event.getByLabel("Id", { exact: true });
  await expect(id).toHaveValue("2024-03-03-talks-open");

  await page.getByRole("button", { name: "Export", exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export anyway, as a draft" }).click();
  await downloading;

  // Undo takes back the last edit (the title typed), not the export.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(title).toHaveValue("");
  const kept = await id.inputValue();
  // The id no longer follows the title, as after any export.
  await title.pressSequentially("Trade talks");
  await expect(title).toHaveValue("Trade talks");
  await expect(id).toHaveValue(kept);
});

test("a new draft previews its whole events from the first minute, and says what it left out and why", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  const pane = page.getByRole("region", { name: "Preview", exact: true });
  const frame = preview(page);
  await page.getByRole("button", { name: "Add source" }).click();
  const source = items(page, "Sources").first();
  await source.getByLabel("Outlet", { exact: true }).pressSequentially("Al-Example News");
  await source.getByLabel("What the article reports").pressSequentially("Talks in Damascus.");
  await page.getByRole("button", { name: "Add event" }).click();
  await expect(pane.getByRole("status")).toContainText("Nothing to preview yet");
  // Never a false "last version", nor a loading line with nothing to load.
  await expect(pane).not.toContainText("last version");
  await expect(frame.locator("body")).not.toContainText("Loading");

  const first = items(page, "Events").first();
  await first.getByLabel("Date", { exact: true }).pressSequentially("2024-03-03");
  await first.getByLabel("Title", { exact: true }).pressSequentially("Ministers meet");
  await first.getByLabel("Summary", { exact: true }).pressSequentially("They met.");
  await first.getByRole("checkbox", { name: "Al-Example News" }).check();
  await page.getByRole("button", { name: "Add event" }).click();
  await items(page, "Events").nth(1).getByLabel("Title", { exact: true }).pressSequentially("Trade talks");

  // No title typed yet: the preview stands one in; the whole event is drawn, the other listed.
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Untitled timeline");
  await expect(frame.getByTestId("timeline").locator("[data-event-id='2024-03-03-ministers-meet']")).toBeVisible();
  await expect(frame.getByTestId("timeline").locator("[data-event-id]")).toHaveCount(1);
  const leftOut = pane.getByRole("link", { name: "Event 2, “Trade talks”" });
  await expect(leftOut).toBeVisible();
  await expect(leftOut.locator("xpath=..")).toContainText("Date must be a date");
  await leftOut.click();
  await expect(items(page, "Events").nth(1).getByLabel("Date", { exact: true })).toBeFocused();
});

test("problems are told in words, naming the item, in the studio's language", async ({ page }) => {
  await page.goto("./studio/?lang=ar");
  await page.getByRole("button", { name: "خط زمني جديد" }).click();
  await page.locator("#f-title").pressSequentially("محادثات");
  await page.getByRole("button", { name: "أضف حدثًا" }).click();
  await page.locator("#f-events-0-title").pressSequentially("لقاء الوزيرين");
  const problems = page.locator(".problem-list");
  await expect(problems).toContainText("الحدث 1، «لقاء الوزيرين»");
  await expect(problems).toContainText("التاريخ: ليس تاريخًا");
  await expect(problems.locator("code", { hasText: "events[0].date" })).toBeVisible();
  await expect(page.locator("#f-events-0-date ~ .field-problems")).toContainText("التاريخ: ليس تاريخًا");
});

test("the preview follows a language switch, and the language and preview are there after a reload", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const frame = preview(page);
  await expect(frame.getByTestId("timeline").locator("[data-event-id]").first()).toBeVisible();
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(frame.locator("html")).toHaveAttribute("lang", "ar");
  await expect(frame.getByTestId("timeline").locator("[data-event-id]").first()).toBeVisible();

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(frame.locator("html")).toHaveAttribute("lang", "ar");
  await expect(frame.getByTestId("timeline").locator("[data-event-id]").first()).toBeVisible();
});

test("no selection crosses from one draft's preview to another's", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const frame = preview(page);
  await items(page, "Events").nth(3).getByLabel("Title", { exact: true }).click();
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", dataset.events[3]!.id);

  await page.getByLabel("Open a file").setInputFiles("src/dataset/timelineJs/fixtures/my-own-timeline.csv");
  await expect(frame.getByTestId("timeline").locator("[data-event-id]").first()).toBeVisible();
  await expect(frame.getByText(/No event has the id/)).toHaveCount(0);
  await expect(frame.locator(`[data-event-id="${dataset.events[3]!.id}"]`)).toHaveCount(0);
});

test("a misquote is flagged before export, and the reader is shown which quotes were checked against their article", async ({ page }) => {
  const article = "Damascus, 3 March. The minister said the ties between the two countries must be preserved at any cost.";
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").pressSequentially("Talks");
  await page.getByRole("button", { name: "Add source" }).click();
  const source = items(page, "Sources").first();
  await source.getByLabel("Outlet", { exact: true }).pressSequentially("Al-Example News");
  await source.getByLabel("What the article reports").pressSequentially("The minister's words.");
  await source.getByLabel("Article text").fill(article);
  for (const quote of ["the ties between the two countries", "the ties between the two countries must be kept"]) {
    await source.getByRole("button", { name: "Add quote" }).click();
    const added = source.locator(".quote").last();
    await added.getByLabel("Speaker").pressSequentially("The minister");
    await added.getByLabel("Quote", { exact: true }).pressSequentially(quote);
  }
  // The closest passage reaches the word that differs, and marks it.
  const closest = source.locator(".quote").nth(1).locator(".closest q");
  await expect(closest).toHaveText("the ties between the two countries must be preserved");
  await expect(closest.locator("mark")).toHaveText(["preserved"]);

  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").first();
  await event.getByLabel("Date", { exact: true }).pressSequentially("2024-03-03");
  await event.getByLabel("Title", { exact: true }).pressSequentially("The minister speaks");
  await event.getByLabel("Summary", { exact: true }).pressSequentially("He spoke of the ties.");
  await event.getByRole("checkbox", { name: "Al-Example News" }).check();
  for (const quote of ["the ties between the two countries", "the ties between the two countries must be kept"])
    await event.getByRole("checkbox", { name: new RegExp(`^“${quote}”`) }).check();

  // Cited and not in its article: never "No problems".
  const problems = page.locator(".problem-list");
  await expect(problems.getByRole("alert")).toContainText("“the ties between the two countries must be kept” (The minister)");
  await expect(problems).not.toContainText("No problems");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await expect(page.locator(".export-confirm")).toContainText("not found word for word");
  await expect(page.locator(".export-confirm")).toContainText("must be kept");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export anyway, as a draft" }).click();
  const exported = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
  const [verbatim, misquote] = exported.sources[0].quotes;
  expect(verbatim.checked).toEqual({ on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), article: expect.stringMatching(/^sha256-/) });
  expect(misquote.checked).toBeNull();

  await serveFixture(page, "checked.json", exported);
  await page.goto(`./?data=fixtures/checked.json#/event/${exported.events[0].id}`);
  const panel = page.getByTestId("source-panel");
  const quotes = panel.locator("blockquote");
  await expect(quotes).toHaveCount(2);
  await expect(quotes.nth(0).locator(".quote-checked")).toContainText("Checked word for word against the article on");
  await expect(quotes.nth(0).locator(".quote-checked")).toBeVisible();
  await expect(quotes.nth(1).locator(".quote-checked")).toHaveCount(0);
});

test("citing a source offers its quotes right there, each with its speaker and check; one is added and written from the event", async ({
  page,
}) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").pressSequentially("Talks");
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByRole("button", { name: "Add source" }).click();
  const [first, second] = [items(page, "Sources").nth(0), items(page, "Sources").nth(1)];
  await first.getByLabel("Outlet", { exact: true }).pressSequentially("Al-Example News");
  await first.getByLabel("What the article reports").pressSequentially("The minister's words.");
  await first.getByLabel("Article text").fill("The minister said the ties must be preserved.");
  for (const [speaker, quote] of [
    ["The minister", "the ties must be preserved"],
    ["The envoy", "the ties must be kept"],
  ]) {
    await first.getByRole("button", { name: "Add quote" }).click();
    await first.locator(".quote").last().getByLabel("Speaker").pressSequentially(speaker!);
    await first.locator(".quote").last().getByLabel("Quote", { exact: true }).pressSequentially(quote!);
  }
  await second.getByLabel("Outlet", { exact: true }).pressSequentially("Second Outlet");
  await second.getByLabel("What the article reports").pressSequentially("The envoy's visit.");

  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").first();
  await event.getByLabel("Date", { exact: true }).pressSequentially("2024-03-03");
  await event.getByLabel("Title", { exact: true }).pressSequentially("The minister speaks");
  await event.getByLabel("Summary", { exact: true }).pressSequentially("He spoke of the ties.");
  await event.getByRole("checkbox", { name: "Al-Example News" }).check();
  // Ticked, the source's quotes are offered under it: who said each, and whether the article holds it.
  const offered = event.getByRole("group", { name: "Quotes it cites from Al-Example News" }).getByRole("checkbox");
  await expect(offered).toHaveCount(2);
  await expect(offered.nth(0)).toHaveAccessibleName("“the ties must be preserved” — The minister ✓ found in the article");
  await expect(offered.nth(1)).toHaveAccessibleName("“the ties must be kept” — The envoy ✗ not found word for word in the article");
  await offered.nth(0).check();

  // A source with no quotes yet: one is added from the event, and written under its source.
  await event.getByRole("checkbox", { name: "Second Outlet" }).check();
  const fromSecond = event.getByRole("group", { name: "Quotes it cites from Second Outlet" });
  await expect(fromSecond).toContainText("No quotes from this source yet");
  await fromSecond.getByRole("button", { name: "Add a quote to Second Outlet" }).click();
  await expect(fromSecond.getByRole("checkbox", { name: "Quote 1, no text yet" })).toBeVisible();
  await fromSecond.getByRole("link", { name: "Write quote 1 under its source" }).click();
  const written = second.locator(".quote").first().getByLabel("Quote", { exact: true });
  await expect(written).toBeFocused();
  await written.pressSequentially("We came to listen.");
  await second.locator(".quote").first().getByLabel("Speaker").pressSequentially("The envoy");
  await fromSecond.getByRole("checkbox", { name: /^“We came to listen\.” — The envoy/ }).check();

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const exported = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
  expect(exported.events[0].sources).toEqual([
    { source: exported.sources[0].id, quotes: [exported.sources[0].quotes[0].id] },
    { source: exported.sources[1].id, quotes: [exported.sources[1].quotes[0].id] },
  ]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test("the Edit/Preview switch stays in reach down the whole form, and every control is a finger's size", async ({ page }) => {
    await page.goto("./studio/");
    await page.getByRole("button", { name: "Start from the published timeline" }).click();
    await expect(items(page, "Events").first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const switchTo = page.getByRole("button", { name: "Preview", exact: true });
    const box = (await switchTo.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(812);
    // On top of the form, not under it.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.textContent,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toBe("Preview");

    // What a finger meets: each control, or the label that holds it, at least 44 px tall.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".studio button, .studio input, .studio select, .studio a")]
        .filter((control) => control.getClientRects().length > 0)
        .filter(
          (control) => Math.max(control.getBoundingClientRect().height, control.closest("label")?.getBoundingClientRect().height ?? 0) < 44,
        )
        .map((control) => control.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    // The export panel's controls themselves, not only the labels around them.
    const smallInExport = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".export-panel button, .export-panel input, .export-panel select, .export-panel a")]
        .filter((control) => control.getClientRects().length > 0)
        .filter((control) => control.getBoundingClientRect().height < 44 || control.getBoundingClientRect().width < 44)
        .map((control) => control.outerHTML.slice(0, 80)),
    );
    expect(smallInExport).toEqual([]);

    await page.tap(".studio-tabs button:nth-child(2)");
    await expect(preview(page).getByTestId("timeline").locator("[data-event-id]").first()).toBeVisible();
    await expect(items(page, "Events").first()).toBeHidden();
  });
});

test("a source with nothing typed yet is offered by its place, one with a summary by what it reports", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByRole("button", { name: "Add event" }).click();
  await expect(items(page, "Events").first().getByRole("checkbox", { name: "Source 1 (no outlet or title yet)" })).toBeVisible();
  // A source that states neither (the published timeline has one): by what it reports.
  await items(page, "Sources")
    .first()
    .getByLabel("What the article reports")
    .pressSequentially("A report of Assad's 30 May condolence visit that sets it against the wider record.");
  await expect(
    items(page, "Events")
      .first()
      // The summary within Unicode's isolate marks, its "…" at its own end in any interface.
      .getByRole("checkbox", { name: "Source 1: \u2068A report of Assad's 30 May condolence visit that sets it…\u2069", exact: true }),
  ).toBeVisible();
});
