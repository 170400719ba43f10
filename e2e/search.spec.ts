import { dataset, eventDetail, expect, sourceName, test, timelineItem, timelineLive } from "./fixtures";

const shownItems = (page: import("@playwright/test").Page) => page.getByTestId("timeline").locator(".vis-item[data-event-id]");

test("searching for a person's name narrows the timeline and list, and marks the matches", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("searchbox", { name: "Search events" }).fill("Sabbagh");
  await expect(page).toHaveURL(/\?q=Sabbagh/);
  await expect(shownItems(page)).toHaveCount(1);
  await expect(timelineItem(page, "2024-11-20-pezeshkian-meets-sabbagh")).toBeVisible();
  await expect(page.getByTestId("filter-summary")).toContainText(`1 matching event of ${dataset.events.length}.`);
  await timelineItem(page, "2024-11-20-pezeshkian-meets-sabbagh").click();
  await expect(eventDetail(page).locator("mark.search-match").first()).toHaveText(/Sabbagh/i);
  await expect(page.getByTestId("source-panel").locator("mark.search-match").first()).toBeVisible();

  await page.getByRole("button", { name: "List" }).click();
  await expect(page.getByTestId("event-list").getByRole("link")).toHaveCount(1);
});

test("a count agrees with its number, by each language's rules", async ({ page }) => {
  const total = dataset.events.length;
  const persianDigits = (n: number) => new Intl.NumberFormat("fa").format(n);
  for (const [lang, one, two] of [
    ["en", `1 matching event of ${total}.`, `2 matching events of ${total}.`],
    // Arabic says one and two in words, the noun in the singular and the dual.
    ["ar", `حدث واحد مطابق من ${total}.`, `حدثان مطابقان من ${total}.`],
    ["fa", `۱ رویداد منطبق از ${persianDigits(total)}.`, `۲ رویداد منطبق از ${persianDigits(total)}.`],
  ]) {
    await page.goto(`./?lang=${lang}&q=Sabbagh`);
    await expect(shownItems(page)).toHaveCount(1);
    await expect(page.getByTestId("filter-summary")).toContainText(one!);
    // Two events name Soleimani in the bundled timeline.
    await page.goto(`./?lang=${lang}&q=Soleimani`);
    await expect(shownItems(page)).toHaveCount(2);
    await expect(page.getByTestId("filter-summary")).toContainText(two!);
  }
});

test("an alias finds its event, whatever the accents or case", async ({ page }) => {
  await page.goto("./?q=RA%C3%8BISI"); // "RAËISI"
  await expect(timelineItem(page, "2021-08-raisi-takes-office")).toBeVisible();
  await expect(shownItems(page)).not.toHaveCount(dataset.events.length);
});

test("/ focuses the search box, Escape clears it, and no match says so with a way back", async ({ page }) => {
  await page.goto("./");
  await timelineLive(page);
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search events" });
  await expect(box).toBeFocused();
  await page.keyboard.type("zzzz-nothing");
  await expect(page.getByTestId("no-match")).toContainText("No events match “zzzz-nothing”");
  await page.keyboard.press("Escape");
  await expect(box).toHaveValue("");
  await expect(shownItems(page)).toHaveCount(dataset.events.length);

  await box.fill("zzzz");
  await page.getByRole("button", { name: "Clear the search and filters" }).click();
  await expect(shownItems(page)).toHaveCount(dataset.events.length);
  await expect(page).not.toHaveURL(/q=/);
});

test("category toggles, with counts, show and hide events", async ({ page }) => {
  await page.goto("./");
  const security = dataset.events.filter((e) => (e as unknown as { category: string }).category === "security");
  const toggle = page.getByRole("button", { name: /^Security/ });
  await expect(toggle).toContainText(`(${security.length})`);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page).toHaveURL(/categories=leadership%2Cdiplomacy|categories=leadership,diplomacy/);
  await expect(shownItems(page)).toHaveCount(dataset.events.length - security.length);
  for (const event of security) await expect(timelineItem(page, event.id)).toHaveCount(0);
  await toggle.click();
  await expect(shownItems(page)).toHaveCount(dataset.events.length);
  await expect(page).not.toHaveURL(/categories=/);
});

test("a shared filtered link survives a reload in a fresh page, and still shows its event", async ({ browser, baseURL }) => {
  const hidden = dataset.events.find((e) => (e as unknown as { category: string }).category === "security")!;
  const url = `${baseURL}?q=Tehran&categories=diplomacy#/event/${hidden.id}`;
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await expect(page.getByRole("searchbox", { name: "Search events" })).toHaveValue("Tehran");
  await expect(page.getByRole("button", { name: /^Security/ })).toHaveAttribute("aria-pressed", "false");
  // The event is hidden by the filter, yet the link shows it, and says why.
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", hidden.id);
  await expect(timelineItem(page, hidden.id)).toBeVisible();
  await expect(page.getByTestId("hidden-selection")).toContainText("does not match the current search or filter");
  await page.reload();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", hidden.id);
  await page.getByTestId("hidden-selection").getByRole("button", { name: "Clear them" }).click();
  await expect(page.getByTestId("hidden-selection")).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/event/${hidden.id}/$`));
  await page.context().close();
});

test("compare view: the 30 May 2024 meeting's four sources side by side", async ({ page }) => {
  const meeting = dataset.events.find((e) => e.id === "2024-05-30-assad-visits-tehran")!;
  await page.goto(`./#/event/${meeting.id}`);
  await page.getByRole("button", { name: `Compare the sources (${meeting.sources.length})` }).click();
  const compare = page.getByTestId("compare-view");
  await expect(compare.locator("[data-compare-source-id]")).toHaveCount(4);
  for (const citation of meeting.sources) {
    const column = compare.locator(`[data-compare-source-id="${citation.source}"]`);
    const source = dataset.sources.find((s) => s.id === citation.source)!;
    await expect(column.getByRole("heading", { level: 3 })).toHaveText(sourceName(source));
    for (const quoteId of citation.quotes ?? []) await expect(column).toContainText(source.quotes.find((q) => q.id === quoteId)!.text);
  }
  // Side by side at 1280 px: the first two columns share a row.
  const [first, second] = await compare
    .locator("[data-compare-source-id]")
    .evaluateAll((els) => els.slice(0, 2).map((el) => el.getBoundingClientRect().top));
  expect(second).toBe(first);
});

test("the source browser lists every source and opens each one's panel", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Sources" }).click();
  const browser = page.getByTestId("source-browser");
  const rows = browser.locator(":scope > ul > li > details");
  await expect(rows).toHaveCount(dataset.sources.length);
  for (const [i, source] of dataset.sources.entries()) {
    const row = rows.nth(i);
    await expect(row.locator(":scope > summary")).toContainText(sourceName(source));
    await row.locator(":scope > summary").click();
    const panel = row.locator(`[data-testid="source-panel"][data-source-id="${source.id}"]`);
    await expect(panel).toBeVisible();
    const reported = dataset.events.filter((e) => e.sources.some((c) => c.source === source.id));
    await expect(panel.getByRole("link")).toHaveCount(reported.length);
  }
  // From a source to one of its events.
  await rows.nth(0).locator("[data-testid=source-panel]").getByRole("link").first().click();
  await expect(eventDetail(page)).toBeVisible();
});

test("a search match and a cited quote are marked in different colours", async ({ page }) => {
  await page.goto("./?q=equations#/event/2024-05-30-assad-visits-tehran");
  const match = eventDetail(page).locator("mark.search-match").first();
  const quote = eventDetail(page).locator("mark.quote-mark").first();
  await expect(match).toBeVisible();
  await expect(quote).toBeVisible();
  const background = (el: Element) => getComputedStyle(el).backgroundColor;
  expect(await match.evaluate(background)).not.toBe(await quote.evaluate(background));
});
