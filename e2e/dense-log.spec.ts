import { generateDataset } from "../test-support/generateDataset.mjs";
import { byDate } from "../test-support/eventOrder";
import type { Page } from "@playwright/test";
import { eventDetail, expect as baseExpect, serveFixture, test, timelineItem, timelineLive as liveWithin } from "./fixtures";

// A researcher's dense log: 20,000 events in 2020–2024, many known only to the month or the year
// (drawn on its first day: New Year's Day holds hundreds). Reading it takes seconds on a loaded
// machine: the waits allow for it (no assertion is about time).
const WAIT_MS = 20_000;
const expect = baseExpect.configure({ timeout: WAIT_MS });
const timelineLive = (page: Page) => liveWithin(page, WAIT_MS);

const SIZE = 20_000;
const log = generateDataset(SIZE, 11, "dense") as { events: { id: string; date: string; title: string }[] };
const body = JSON.stringify(log);
const sorted = byDate(log.events);
const middle = sorted.length / 2;
/** The events known only to 2022, all of them on its first day. */
const of2022 = sorted.filter((e) => e.date === "2022");

/** The page's elements: a few thousand at most, whatever the log. */
const domSize = (page: Page) => page.evaluate(() => document.querySelectorAll("*").length);

/** The middle of a box that is not selected and is on top there, on screen, nearest the middle. */
const clickableBox = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll("[data-testid=timeline] .vis-item.vis-box[data-event-id]:not(.vis-selected)")];
    const hits = boxes
      .map((box) => ({ box, r: box.getBoundingClientRect() }))
      .map(({ box, r }) => ({ box, x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) }))
      .filter(({ box, x, y }) => x > 0 && x < innerWidth && y > 0 && y < innerHeight && box.contains(document.elementFromPoint(x, y)))
      .sort((a, b) => Math.abs(a.x - innerWidth / 2) - Math.abs(b.x - innerWidth / 2));
    return hits[0] ? { id: hits[0].box.getAttribute("data-event-id")!, x: hits[0].x, y: hits[0].y } : null;
  });

test.beforeEach(async ({ page }) => {
  await serveFixture(page, "dense.json", body);
});

test("a dense 20,000-event log: keys, a click and a link each change the detail, and the page stays under 3,000 elements", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`./?data=fixtures/dense.json#/event/${sorted[middle]!.id}`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", sorted[middle]!.id);
  await timelineLive(page);
  await expect(timelineItem(page, sorted[middle]!.id)).toHaveClass(/vis-selected/);
  expect(await domSize(page)).toBeLessThan(3000);

  await page.getByTestId("timeline").focus();
  for (let step = 1; step <= 5; step++) {
    await page.keyboard.press("ArrowRight");
    const next = sorted[middle + step]!;
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", next.id);
    await expect(eventDetail(page).getByRole("heading", { level: 2 }).first()).toHaveText(next.title);
    await expect(timelineItem(page, next.id)).toHaveClass(/vis-selected/);
    expect(await domSize(page)).toBeLessThan(3000);
  }

  // A box that is not selected, on top where a reader clicks it, once the boxes stand still.
  let target: { id: string; x: number; y: number } | null = null;
  await expect
    .poll(async () => {
      const now = await clickableBox(page);
      const still = now !== null && now.id === target?.id && now.x === target.x && now.y === target.y;
      target = now;
      return still;
    })
    .toBe(true);
  const { id: clicked, x, y } = target!;
  await page.mouse.click(x, y);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", clicked);
  await expect(timelineItem(page, clicked)).toHaveClass(/vis-selected/);
  expect(await domSize(page)).toBeLessThan(3000);

  // A link to an event a year away, then to one known only to its year.
  for (const far of [sorted[middle + 4000]!, of2022[7]!]) {
    await page.evaluate((id) => (location.hash = `#/event/${id}`), far.id);
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", far.id);
    await expect(timelineItem(page, far.id)).toHaveClass(/vis-selected/);
    expect(await domSize(page)).toBeLessThan(3000);
  }
});

test("a link to an event a year away on a dense log: the timeline is handed that window's boxes once, not each frame of a glide there", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`./?data=fixtures/dense.json#/event/${sorted[middle]!.id}`);
  await timelineLive(page);
  await expect(timelineItem(page, sorted[middle]!.id)).toHaveClass(/vis-selected/);
  // Every item vis-timeline puts into the page from here on.
  await page.evaluate(() => {
    const counter = window as unknown as { itemsAdded: number };
    counter.itemsAdded = 0;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node instanceof HTMLElement && node.classList.contains("vis-item")) counter.itemsAdded++;
    }).observe(document.querySelector("[data-testid=timeline]")!, { subtree: true, childList: true });
  });
  const far = sorted[middle + 4000]!;
  await page.evaluate((id) => (location.hash = `#/event/${id}`), far.id);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", far.id);
  await expect(timelineItem(page, far.id)).toHaveClass(/vis-selected/);
  // Once the window stands still: what it took to get there.
  let last = -1;
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => (window as unknown as { itemsAdded: number }).itemsAdded);
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
  const onScreen = await page.getByTestId("timeline").locator(".vis-item").count();
  expect(last).toBeLessThanOrEqual(2 * onScreen);
});

test("a dense log's New Year's Day, every event known only to its year: its count opens a bounded list", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`./?data=fixtures/dense.json#/event/${of2022[0]!.id}`);
  await timelineLive(page);
  await expect(timelineItem(page, of2022[0]!.id)).toHaveClass(/vis-selected/);
  const counts = page.getByTestId("timeline").locator(".event-crowd");
  const list = page.getByTestId("crowd-list");
  // The largest count opened, again and again, as a reader zooms into it: the day's events share
  // one moment, so it opens at last as a list (before, a count of a few days was a dead click).
  await expect
    .poll(async () => {
      if (await list.isVisible()) return true;
      const labels = (await counts.locator(".crowd-label").allTextContents()).map((text) => Number(text.replace(/\D/g, "")));
      const largest = Math.max(0, ...labels);
      await counts
        .filter({ hasText: new RegExp(`^${largest} events$`) })
        .first()
        .click({ timeout: 2000 })
        .catch(() => undefined);
      return false;
    })
    .toBe(true);
  // At the closest zoom (a week: stretches of 2^18 s, about three days, on this frame) the day's
  // stretch begins on 29 December at 06:28 UTC, so it may take in the two days before; which of
  // them are boxes and which counted follows the order of same-date events (the file's): the
  // heading says where the list begins.
  await expect(list.getByRole("heading")).toContainText(/^\d+ events on ((30|31) December 2021 – )?1 January 2022$/);
  expect(Number(/^(\d+)/.exec((await list.getByRole("heading").textContent())!)![1])).toBeGreaterThan(of2022.length);
  // Its first hundred as links, and where the rest are.
  await expect(list.getByRole("link")).toHaveCount(100);
  await expect(list).toContainText(/The first 100 of \d+ events; the List view has them all\./);
  expect(await domSize(page)).toBeLessThan(3000);
  const pick = list.getByRole("link").nth(42);
  const title = (await pick.textContent())!;
  await pick.click();
  await expect(eventDetail(page).getByRole("heading", { level: 2 }).first()).toHaveText(title);
});

test("a log whose 20,000 events all cite one source: the source panel lists the selected event's neighbours, not all, and says how many more", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const [only] = (log as unknown as { sources: { id: string }[] }).sources;
  const oneSource = { ...log, sources: [only], events: log.events.map((e) => ({ ...e, sources: [{ source: only!.id, quotes: [] }] })) };
  await serveFixture(page, "one-source.json", oneSource);
  const chosen = sorted[middle]!;
  await page.goto(`./?data=fixtures/one-source.json#/event/${chosen.id}`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", chosen.id);
  const panel = eventDetail(page).locator(`[data-testid="source-panel"][data-source-id="${only!.id}"]`);
  await expect(panel).toContainText("Events in this source (20000):");
  const links = panel.locator(".source-events").getByRole("link");
  await expect(panel.locator(".source-events [aria-current=true]")).toContainText(chosen.title);
  const count = await links.count();
  expect(count).toBeLessThanOrEqual(20);
  // The events either side of it, in date order.
  await expect(links.filter({ hasText: sorted[middle - 1]!.title }).first()).toBeVisible();
  await expect(links.filter({ hasText: sorted[middle + 1]!.title }).first()).toBeVisible();
  await expect(panel.getByTestId("source-events-more")).toHaveText(
    `And ${SIZE - count} more events in this source; the List view shows every event.`,
  );
  expect(await domSize(page)).toBeLessThan(3000);
  // Another of its events, from the panel's own list: still bounded, around the new one.
  const next = sorted[middle + 1]!;
  await links.filter({ hasText: next.title }).first().click();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", next.id);
  await expect(panel.locator(".source-events [aria-current=true]")).toContainText(next.title);
  await expect(panel.getByTestId("source-events-more")).toBeVisible();
  expect(await domSize(page)).toBeLessThan(3000);
});
