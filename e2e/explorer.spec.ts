import { byDate, dataset, eventDetail, expect, test, timelineItem, timelineLive } from "./fixtures";

const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));

test("the page loads with every event on the timeline and no selection", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset.title);
  for (const event of dataset.events) {
    const item = timelineItem(page, event.id);
    await expect(item, event.id).toHaveCount(1);
    await expect(item).toBeInViewport();
    await expect(item).toContainText(event.title);
  }
  await expect(eventDetail(page)).toHaveCount(0);
  await expect(page.getByRole("group", { name: /^Categories/ })).toContainText(dataset.categories[0]!.label);
});

for (const event of dataset.events) {
  test(`clicking ${event.id} shows its detail and sources`, async ({ page }) => {
    await page.goto("./");
    await timelineItem(page, event.id).click();
    await expect(page).toHaveURL(new RegExp(`/event/${event.id}/$`));
    const detail = eventDetail(page);
    await expect(detail).toHaveAttribute("data-event-id", event.id);
    await expect(detail.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
    await expect(detail.locator("time").first()).toHaveAttribute("datetime", event.date);
    await expect(detail).toContainText(event.summary);
    await expect(timelineItem(page, event.id)).toHaveClass(/vis-selected/);

    const panels = page.getByTestId("source-panel");
    await expect(panels).toHaveCount(event.sources.length);
    for (const citation of event.sources) {
      const source = sourceById.get(citation.source)!;
      const panel = page.locator(`[data-testid="source-panel"][data-source-id="${citation.source}"]`);
      await expect(panel).toBeVisible();
      await expect(panel).toContainText(source.outlet ?? "not stated");
      for (const quoteId of citation.quotes ?? []) {
        const quote = source.quotes.find((q) => q.id === quoteId)!;
        await expect(panel.locator("mark", { hasText: quote.text })).toBeVisible();
      }
    }
    await expect(page).toHaveTitle(new RegExp(`^${event.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });

  test(`a fresh load of #/event/${event.id} selects and focuses it`, async ({ page }) => {
    await page.goto(`./#/event/${event.id}`);
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", event.id);
    const item = timelineItem(page, event.id);
    await expect(item).toHaveClass(/vis-selected/);
    await expect(item).toBeInViewport();
  });
}

test("selecting pushes one history entry each; Back and Forward move between them", async ({ page }) => {
  const [a, b] = [byDate[0]!, byDate[3]!];
  await page.goto("./");
  await timelineItem(page, a.id).click();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", a.id);
  await timelineItem(page, b.id).click();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", b.id);
  await timelineItem(page, b.id).click(); // the same event again adds no entry
  await page.goBack();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", a.id);
  await expect(timelineItem(page, a.id)).toHaveClass(/vis-selected/);
  await page.goBack();
  await expect(eventDetail(page)).toHaveCount(0);
  await page.goForward();
  await page.goForward();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", b.id);
});

test("a keyboard walk adds one history entry, not one per step; Back leaves the walk", async ({ page }) => {
  await page.goto("./");
  await timelineLive(page);
  const length = () => page.evaluate(() => history.length);
  const before = await length();
  await page.getByTestId("timeline").focus();
  for (const event of byDate) {
    await page.keyboard.press("ArrowRight");
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", event.id);
  }
  await page.keyboard.press("Home");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[0]!.id);
  expect(await length()).toBe(before + 1);
  await timelineItem(page, byDate[2]!.id).click(); // a deliberate click still pushes
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[2]!.id);
  expect(await length()).toBe(before + 2);
  await page.goBack();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[0]!.id);
  await page.goBack();
  await expect(eventDetail(page)).toHaveCount(0);
});

test("?event=<id> and #event-<id> are rewritten to the event's page", async ({ page }) => {
  const event = byDate[2]!;
  await page.goto(`./?event=${event.id}`);
  await expect(page).toHaveURL(new RegExp(`/event/${event.id}/$`));
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", event.id);

  await page.goto(`./#event-${byDate[4]!.id}`);
  await expect(page).toHaveURL(new RegExp(`/event/${byDate[4]!.id}/$`));
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[4]!.id);
});

test("an unknown id shows a notice and the whole timeline", async ({ page }) => {
  await page.goto("./#/event/no-such-event");
  await expect(page.getByRole("status")).toContainText("no-such-event");
  await expect(eventDetail(page)).toHaveCount(0);
  // No prerendered view for an unknown id: the app draws the timeline from scratch (slow on a busy machine).
  await timelineLive(page, 15_000);
  for (const event of dataset.events) await expect(timelineItem(page, event.id)).toBeInViewport();
  // Choosing a real event from there clears the notice.
  await timelineItem(page, byDate[1]!.id).click();
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("a source panel leads to the other events it reports", async ({ page }) => {
  const meeting = dataset.events.find((e) => e.sources.length >= 4)!;
  const source = meeting.sources.find((c) => dataset.events.filter((e) => e.sources.some((s) => s.source === c.source)).length > 2)!;
  const other = dataset.events.find((e) => e.id !== meeting.id && e.sources.some((s) => s.source === source.source))!;
  await page.goto(`./#/event/${meeting.id}`);
  const panel = page.locator(`[data-testid="source-panel"][data-source-id="${source.source}"]`);
  await panel.getByRole("link", { name: other.title }).click();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", other.id);
  await page.goBack();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", meeting.id);
});

test("the keyboard walks the events in date order", async ({ page }) => {
  await page.goto("./");
  await page.getByTestId("timeline").focus();
  await page.keyboard.press("ArrowRight");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[0]!.id);
  await page.keyboard.press("ArrowRight");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[1]!.id);
  await page.keyboard.press("End");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate.at(-1)!.id);
  await expect(timelineItem(page, byDate.at(-1)!.id)).toBeInViewport();
  await page.keyboard.press("Home");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[0]!.id);
  await expect(page.getByTestId("timeline")).toBeFocused();
});

test("the list view shows every event in date order, each selecting it", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "List" }).click();
  const links = page.getByTestId("event-list").getByRole("link");
  await expect(links).toHaveCount(byDate.length);
  for (const [i, event] of byDate.entries()) await expect(links.nth(i)).toContainText(event.title);
  await links.nth(3).click();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[3]!.id);
  await expect(links.nth(3)).toHaveAttribute("aria-current", "true");
});
