import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { dataset, expect, expectNoSeriousViolations, serveFixture, test } from "./fixtures";

// Each test is a reporter's whole task, dozens of steps or axe over the full form: on two busy
// cores one took longer than the default 30 s, with every step passing.
test.describe.configure({ timeout: 90_000 });

const ARTICLE = `Damascus, 3 March. The foreign minister said on Monday: “Our alliance is strategic and will not be shaken by pressure.” Talks on trade and energy continue next week.`;
const VERBATIM = `"Our alliance is strategic and will not be shaken by pressure."`;
const MISQUOTED = "Our alliance is eternal and cannot be shaken";

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const items = (page: Page, name: string) => section(page, name).locator("fieldset.item");
const preview = (page: Page) => page.frameLocator("iframe[title='Preview of the timeline']");

async function openStudio(page: Page) {
  await page.goto("./studio/");
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
}

async function addEvent(page: Page, { date, title, summary }: { date: string; title: string; summary: string }) {
  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").last();
  await event.getByLabel("Date", { exact: true }).fill(date);
  await event.getByLabel("Title", { exact: true }).fill(title);
  await event.getByLabel("Summary", { exact: true }).fill(summary);
  await event.getByRole("checkbox", { name: "Al-Example News" }).check();
  return event;
}

const problemsBeside = (field: Locator) => field.locator("xpath=following-sibling::ul[contains(@class,'field-problems')]");

test("a reporter makes a timeline from nothing, checks its quotes, and finds it all after a reload", async ({ page }) => {
  await openStudio(page);
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").fill("Talks in Damascus");

  await page.getByRole("button", { name: "Add source" }).click();
  const source = items(page, "Sources").first();
  await source.getByLabel("Outlet", { exact: true }).fill("Al-Example News");
  await source.getByLabel("What the article reports").fill("The minister's statement on the alliance.");
  await source.getByLabel("Article text").fill(ARTICLE);
  for (const [speaker, quote] of [
    ["The foreign minister", VERBATIM],
    ["The foreign minister", MISQUOTED],
  ]) {
    await source.getByRole("button", { name: "Add quote" }).click();
    const added = source.locator(".quote").last();
    await added.getByLabel("Speaker").fill(speaker!);
    await added.getByLabel("Quote", { exact: true }).fill(quote!);
  }
  const verdicts = source.locator(".quote .verdict");
  await expect(verdicts.nth(0)).toHaveText(/found in the article/);
  await expect(verdicts.nth(1)).toHaveText(/not found/);
  await expect(source.locator(".quote").nth(1).locator(".closest")).toContainText("Our alliance is strategic");

  const titles = ["Minister speaks on the alliance", "Trade talks open", "Energy talks follow"];
  for (const [i, title] of titles.entries())
    await addEvent(page, { date: `2024-03-0${i + 3}`, title, summary: `What happened: ${title}.` });
  await items(page, "Events").first().getByRole("checkbox", { name: VERBATIM }).check();

  await page.getByRole("button", { name: "Add period" }).click();
  const period = items(page, "Periods").first();
  await period.getByLabel("Label").fill("The talks");
  await period.getByLabel("Start", { exact: true }).fill("2024-03");
  await period.getByRole("checkbox", { name: "Al-Example News" }).check();

  await expect(page.getByText("No problems: the explorer will show this timeline as it is.")).toBeVisible();
  // The explorer itself draws it, on the event being edited.
  const frame = preview(page);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Talks in Damascus");
  await expect(frame.getByTestId("timeline").locator("[data-event-id]")).toHaveCount(3);
  await items(page, "Events").nth(1).getByLabel("Title", { exact: true }).focus();
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", "2024-03-04-trade-talks-open");

  // An event without a date: the problem beside the field, and in the list, which takes you there.
  const date = items(page, "Events").nth(2).getByLabel("Date", { exact: true });
  // Emptied as a person does: select it all, then delete.
  await date.click();
  await date.press("ControlOrMeta+a");
  await date.press("Backspace");
  await expect(date).toHaveValue("");
  await expect(problemsBeside(date)).toContainText("Date must be a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM");
  await expect(date).toHaveAttribute("aria-invalid", "true");
  // One problem, counted as one.
  await expect(page.locator("#problems-heading")).toHaveText("Problems (1 problem)");
  // In words, naming the event, with the schema's path.
  await expect(page.getByRole("link", { name: /events\[2\]\.date/ })).toContainText("Event 3, “Energy talks follow”: Date must be a date");
  await page.getByRole("link", { name: /events\[2\]\.date/ }).click();
  await expect(date).toBeFocused();
  await date.fill("2024-03-05");

  // Everything is there after a reload.
  await page.reload();
  await expect(page.getByLabel("Timeline title")).toHaveValue("Talks in Damascus");
  await expect(items(page, "Events")).toHaveCount(3);
  await expect(items(page, "Sources").first().getByLabel("Article text")).toHaveValue(ARTICLE);
  await expect(items(page, "Sources").first().locator(".quote .verdict").nth(0)).toHaveText(/found in the article/);
  await expect(items(page, "Periods")).toHaveCount(1);
});

test("undo and redo, by button and by keys, over fields and added items", async ({ page }) => {
  await openStudio(page);
  await page.getByRole("button", { name: "New timeline" }).click();
  const title = page.getByLabel("Timeline title");
  await title.fill("First title");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(items(page, "Sources")).toHaveCount(1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(items(page, "Sources")).toHaveCount(0);
  await title.focus();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(title).toHaveValue("");
  await page.keyboard.press("Shift+ControlOrMeta+z");
  await expect(title).toHaveValue("First title");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(items(page, "Sources")).toHaveCount(1);

  // A picture's fields typed one after the other: each is its own step, as any two fields are.
  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").first();
  await event.getByRole("button", { name: "Add a picture or media" }).click();
  await event.getByLabel(/What the picture shows/).fill("A map");
  await event.getByLabel("Caption").fill("The border");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(event.getByLabel("Caption")).toHaveValue("");
  await expect(event.getByLabel(/What the picture shows/)).toHaveValue("A map");
});

test("export, then open the file with ?data= in the explorer: the same events, sources and quotes", async ({ page }) => {
  await openStudio(page);
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  await expect(page.getByLabel("Timeline title")).toHaveValue(dataset.title);
  await expect(items(page, "Events")).toHaveCount(dataset.events.length);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const download = await downloading;
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(download.suggestedFilename()).toBe("iran-syria-relations-2020-2024.json");
  expect(exported.events.map((e: { id: string }) => e.id)).toEqual(dataset.events.map((e) => e.id));
  expect(exported.sources.flatMap((s: { quotes: unknown[] }) => s.quotes)).toEqual(dataset.sources.flatMap((s) => s.quotes));
  // The Publish panel: the ?data= address and an embed snippet, ready to copy.
  await expect(page.getByRole("textbox", { name: "?data=" })).toHaveValue(/\?data=data%2Firan-syria-relations-2020-2024\.json$/);
  await expect(page.getByRole("textbox", { name: "<iframe>" })).toHaveValue(/<iframe src=/);

  await serveFixture(page, "exported.json", exported);
  const quoted = dataset.events.find((e) => e.sources.some((s) => (s.quotes ?? []).length > 0))!;
  await page.goto(`./?data=fixtures/exported.json#/event/${quoted.id}`);
  await expect(page.getByTestId("event-detail")).toHaveAttribute("data-event-id", quoted.id);
  await expect(page.getByTestId("source-panel")).toHaveCount(quoted.sources.length);
  const citation = quoted.sources.find((s) => (s.quotes ?? []).length > 0)!;
  const quote = dataset.sources.find((s) => s.id === citation.source)!.quotes.find((q) => q.id === citation.quotes![0])!;
  await expect(page.locator(`[data-testid="source-panel"][data-source-id="${citation.source}"]`)).toContainText(quote.text);
});

test("opens a TimelineJS spreadsheet (CSV) and says what is wrong with a file it cannot read", async ({ page }) => {
  await openStudio(page);
  await page.getByLabel("Open a file").setInputFiles("src/dataset/timelineJs/fixtures/my-own-timeline.csv");
  await expect(items(page, "Events").first()).toBeVisible();
  expect(await items(page, "Events").count()).toBeGreaterThan(1);
  await page.getByLabel("Open a file").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just some notes") });
  await expect(page.getByRole("alert")).toContainText("This file cannot be opened");
});

test("a summary's links and an event's picture: typed in the studio, shown by the explorer as links and a picture, and nothing else", async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const event = items(page, "Events").first();
  const summary = event.getByLabel("Summary", { exact: true });
  const typed = "The pact, [as reported](https://example.com/pact), was signed.\n\nNot a link: [run](javascript:alert(1)).";
  await summary.fill(typed);
  await event.getByRole("button", { name: "Add a picture or media" }).click();
  await event.getByLabel("Address of the picture or media").fill("favicon.svg");
  await event.getByLabel(/What the picture shows/).fill("The site's mark");
  await event.getByLabel("Caption").fill("Drawn for [the site](https://example.com/about)");

  const frame = preview(page);
  const detail = frame.getByTestId("event-detail");
  // The event being edited is the one the preview shows (a busy machine takes a while to draw it).
  await expect(detail).toHaveAttribute("data-event-id", dataset.events[0]!.id, { timeout: 15_000 });
  await expect(detail.getByRole("link", { name: "as reported" })).toHaveAttribute("href", "https://example.com/pact");
  await expect(detail.getByText("Not a link: [run](javascript:alert(1)).")).toBeVisible();
  await expect(detail.locator("a[href^='javascript']")).toHaveCount(0);
  await expect(detail.locator("p", { hasText: "The pact" })).toHaveCount(1);
  const picture = detail.locator("figure img");
  await expect(picture).toHaveAttribute("alt", "The site's mark");
  // Loaded from this site (lazily: once scrolled to).
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(detail.locator("figcaption").getByRole("link", { name: "the site" })).toHaveAttribute("href", "https://example.com/about");

  // Typed text comes back exactly, blank line and all, after a reload.
  await page.reload();
  await expect(items(page, "Events").first().getByLabel("Summary", { exact: true })).toHaveValue(typed);
  await items(page, "Events").first().getByRole("button", { name: "Remove the media" }).click();
  await expect(preview(page).getByTestId("event-detail").locator("figure")).toHaveCount(0);
});

test("the preview follows the event being edited and leaves the reporter's focus where it is", async ({ page }) => {
  await openStudio(page);
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const frame = preview(page);
  for (const index of [1, 2]) {
    const title = items(page, "Events").nth(index).getByLabel("Title", { exact: true });
    await title.click();
    // The preview moves to the event: the field keeps focus, and what is typed next goes in it.
    await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", dataset.events[index]!.id);
    await expect(title).toBeFocused();
    await page.keyboard.press("End");
    await page.keyboard.type(" (edited)");
    await expect(title).toHaveValue(`${dataset.events[index]!.title} (edited)`);
  }
});

test("several drafts are kept and switched, and a file dropped on the studio opens as a new one", async ({ page }) => {
  await openStudio(page);
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").fill("First draft");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").fill("Second draft");
  const drafts = page.getByLabel("Drafts");
  // The latest first.
  await expect.poll(async () => (await drafts.locator("option").allInnerTexts()).slice(0, 2)).toEqual(["Second draft", "First draft"]);
  await drafts.selectOption({ label: "First draft" });
  await expect(page.getByLabel("Timeline title")).toHaveValue("First draft");

  // Dropped as a person drags a file from their desktop.
  const file = JSON.stringify({ ...dataset, title: "Dropped timeline" });
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.json", { type: "application/json" }));
    return data;
  }, file);
  await page.locator(".studio").dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByLabel("Timeline title")).toHaveValue("Dropped timeline");
  await expect(items(page, "Events")).toHaveCount(dataset.events.length);

  await page.reload();
  await expect
    .poll(() => page.getByLabel("Drafts").locator("option").allInnerTexts())
    .toEqual(expect.arrayContaining(["Dropped timeline", "Second draft", "First draft"]));
  await page.getByLabel("Drafts").selectOption({ label: "Second draft" });
  await expect(page.getByLabel("Timeline title")).toHaveValue("Second draft");
});

test("a hostile title stays text in the studio and in its preview", async ({ page }) => {
  await openStudio(page);
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const hostile = `<img src=x onerror="window.__pwned=1">`;
  await items(page, "Events").first().getByLabel("Title", { exact: true }).fill(hostile);
  const frame = preview(page);
  // The event being edited is the one the preview shows, titled with the text as typed.
  const detail = frame.getByTestId("event-detail");
  await expect(detail).toHaveAttribute("data-event-id", dataset.events[0]!.id);
  await expect(detail.getByRole("heading", { level: 2 }).first()).toHaveText(hostile);
  await expect(frame.locator("img[src=x]")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

for (const width of [1280, 375]) {
  test(`the studio at ${width} px: axe finds nothing serious, and every control is reachable`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openStudio(page);
    await page.getByRole("button", { name: "Start from the published timeline" }).click();
    await expect(items(page, "Events")).toHaveCount(dataset.events.length);
    await expectNoSeriousViolations(page, `in the studio at ${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (width < 900) {
      await page.getByRole("button", { name: "Preview" }).click();
      await expect(preview(page).getByTestId("timeline")).toBeVisible();
    }
  });
}

test("storage the browser refuses is said plainly, with export as the way out, and the studio keeps working", async ({ page }) => {
  // As in a private window or a third-party frame that may not keep data.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
  });
  await page.goto("./studio/");
  await expect(page.getByRole("status").filter({ hasText: "This draft is not being kept" })).toContainText(
    "this browser window does not allow this site to keep data. Export it to keep your work.",
  );
  await page.getByLabel("Timeline title").fill("Still editable");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(items(page, "Sources")).toHaveCount(1);
});
