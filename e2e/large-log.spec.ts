import { generateDataset } from "../test-support/generateDataset.mjs";
import { byDate } from "../test-support/eventOrder";
import type { Page } from "@playwright/test";
import { eventDetail, expect as baseExpect, serveFixture, test, timelineItem, timelineLive as liveWithin } from "./fixtures";

// Reading 20,000 events takes seconds on a loaded machine: the waits here allow for it (no
// assertion is about time).
const WAIT_MS = 20_000;
const expect = baseExpect.configure({ timeout: WAIT_MS });
const timelineLive = (page: Page) => liveWithin(page, WAIT_MS);

// A researcher's event log: large enough to be parsed in the worker and drawn in crowds.
const SIZE = 20_000;
const log = generateDataset(SIZE, 11) as { events: { id: string; date: string; title: string; category: string }[] };
const body = JSON.stringify(log);
const sorted = byDate(log.events);
const deep = sorted[13_579]!;

const domSize = (page: Page) => page.evaluate(() => document.getElementsByTagName("*").length);

/** Whether the point at the middle of `id`'s box is that box: on screen, and not drawn over. */
const boxOnTop = (page: Page, id: string) =>
  timelineItem(page, id).evaluate((box) => {
    const r = box.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.left >= 0 && r.right <= innerWidth && !!hit && box.contains(hit);
  });

test.beforeEach(async ({ page }) => {
  await serveFixture(page, "log.json", body);
});

test("20,000 events: a deep link deep inside the log opens on its event, whole and selected", async ({ page }) => {
  await page.goto(`./?data=fixtures/log.json#/event/${deep.id}`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", deep.id);
  await expect(eventDetail(page).getByRole("heading", { level: 2 }).first()).toHaveText(deep.title);
  await timelineLive(page);
  await expect(timelineItem(page, deep.id)).toHaveClass(/vis-selected/);
  await expect.poll(() => boxOnTop(page, deep.id)).toBe(true);
  expect(await domSize(page)).toBeLessThan(3000);
});

test("20,000 events: zoomed out, the crowds are counts that add up, and a click on one zooms in", async ({ page }) => {
  // Without motion, "Show all" moves at once. With it, the window glides there, and a plan drawn on
  // the way can add up too: on a loaded machine the largest count was read from one, then clicked
  // by its number after the last plan had replaced it, and the click waited for it until the test
  // timed out (the page idle, no frame to paint).
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./?data=fixtures/log.json");
  await timelineLive(page);
  await page.getByRole("button", { name: "Show all" }).click();
  const crowds = page.getByTestId("timeline").locator(".event-crowd");
  await expect(crowds.first()).toBeVisible();
  // Every event is drawn or counted: the counts and boxes add up to the log.
  await expect
    .poll(async () => {
      const counts = await crowds.locator(".crowd-label").allTextContents();
      const boxes = await page.getByTestId("timeline").locator(".vis-item[data-event-id]").count();
      return counts.reduce((sum, text) => sum + Number(text.replace(/\D/g, "")), 0) + boxes;
    })
    .toBe(SIZE);
  expect(await domSize(page)).toBeLessThan(3000);
  const countOf = (text: string | null) => Number(text!.replace(/\D/g, ""));
  const labels = crowds.locator(".crowd-label");
  const largest = Math.max(...(await labels.allTextContents()).map(countOf));
  await crowds
    .filter({ hasText: String(largest) })
    .first()
    .click();
  // Zoomed into that crowd: its events spread over smaller crowds and boxes.
  await expect.poll(async () => Math.max(0, ...(await labels.allTextContents()).map(countOf))).toBeLessThan(largest);
  expect(await domSize(page)).toBeLessThan(3000);
});

test("20,000 events: the arrow keys step event by event in date order, End and Home jump to the ends", async ({ page }) => {
  await page.goto(`./?data=fixtures/log.json#/event/${deep.id}`);
  await timelineLive(page);
  await page.getByTestId("timeline").focus();
  await page.keyboard.press("ArrowRight");
  const next = sorted[13_580]!;
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", next.id);
  await expect(timelineItem(page, next.id)).toHaveClass(/vis-selected/);
  await expect.poll(() => boxOnTop(page, next.id)).toBe(true);
  await page.keyboard.press("End");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", sorted.at(-1)!.id);
  await expect.poll(() => boxOnTop(page, sorted.at(-1)!.id)).toBe(true);
  await page.keyboard.press("Home");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", sorted[0]!.id);
  await expect.poll(() => boxOnTop(page, sorted[0]!.id)).toBe(true);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowRight");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", sorted[1]!.id);
});

test("20,000 events: search finds one event among them, the counts follow, and the timeline shows it", async ({ page }) => {
  await page.goto("./?data=fixtures/log.json");
  await timelineLive(page);
  const one = sorted[4321]!;
  // Its number in brackets is in its title and nowhere else.
  const number = /\((\d+)\)$/.exec(one.title)![1];
  await page.getByRole("searchbox").fill(`(${number})`);
  await expect(page.getByTestId("filter-summary")).toContainText(`1 matching event of ${SIZE}.`);
  const filter = page.locator("#category-filter");
  const label = (await filter.getByRole("button").allTextContents()).join(" ");
  expect(label).toContain("(1)");
  await expect(timelineItem(page, one.id)).toBeVisible();
  await expect.poll(() => boxOnTop(page, one.id)).toBe(true);
  // A wider search: the category counts add up to the matches.
  await page.getByRole("searchbox").fill("Tehran hosts");
  // The last answer stays on screen until the worker's next one arrives.
  const matchingNow = async () =>
    Number(/^(\d+) matching events? of/.exec((await page.getByTestId("filter-summary").textContent()) ?? "")?.[1] ?? 0);
  await expect.poll(matchingNow).toBeGreaterThan(1);
  const matching = await matchingNow();
  const counts = (await filter.getByRole("button").allTextContents()).map((t) => Number(/\((\d+)\)/.exec(t)?.[1] ?? 0));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(matching);
  expect(await domSize(page)).toBeLessThan(3000);
});

test("20,000 events: the list shows only the rows near the screen, and scrolls through all of them", async ({ page }) => {
  await page.goto(`./?data=fixtures/log.json#/event/${deep.id}`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", deep.id);
  await page.getByRole("button", { name: "List" }).click();
  const list = page.getByTestId("event-list");
  await expect(list.getByRole("heading")).toContainText(`${SIZE}`);
  // Opened on the selected event's row.
  await expect(list.locator(`[data-list-event-id="${deep.id}"]`)).toBeInViewport();
  expect(await domSize(page)).toBeLessThan(3000);
  await page.keyboard.press("End");
  await expect(list.locator(`[data-list-event-id="${sorted.at(-1)!.id}"]`)).toBeInViewport();
  expect(await domSize(page)).toBeLessThan(3000);
});

test("20,000 events: the file is read in a worker, with progress shown while the page keeps rendering", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  // Every text the progress line shows, as the page renders it.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
    new MutationObserver(() => {
      const text = document.querySelector("[data-testid=loading-progress]")?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto("./?data=fixtures/log.json");
  await timelineLive(page);
  expect(workers.some((url) => url.includes("datasetWorker"))).toBe(true);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  // The page rendered while the worker checked the file, and again as the events came over.
  expect(seen).toContain("Checking the events…");
  expect(seen.some((text) => new RegExp(`^\\d+ of ${SIZE} events read$`).test(text))).toBe(true);
});

test("20,000 events: a bad event deep in the file is named, as in a small one, though the worker read it", async ({ page }) => {
  const broken = structuredClone(log);
  broken.events[15_000]!.date = "2021-02-30";
  await serveFixture(page, "broken-log.json", broken);
  await page.goto("./?data=fixtures/broken-log.json");
  await expect(page.getByRole("alert")).toContainText("does not match the timeline format (1 problem)");
  await expect(page.getByRole("alert")).toContainText("events[15000].date");
});

// A log of events known only to their years opens under an axis of years: it opened on its first
// few events, all in one year, under an axis of that year's days (the least span a month).
const years = JSON.stringify({ ...log, events: log.events.map((event) => ({ ...event, date: event.date.slice(0, 4) })) });
for (const width of [1280, 375]) {
  test(`20,000 events dated to years: at ${width} px the opening axis counts years, not days or months`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await serveFixture(page, "years.json", years);
    await page.goto("./?data=fixtures/years.json");
    await timelineLive(page);
    const labels = () =>
      page
        .getByTestId("timeline")
        .locator(".vis-time-axis .vis-text")
        .evaluateAll((texts) =>
          texts
            .filter((text) => getComputedStyle(text).visibility === "visible" && text.getBoundingClientRect().width > 0)
            .map((text) => text.textContent!.trim())
            .filter((text) => text !== ""),
        );
    await expect.poll(labels).not.toEqual([]);
    expect((await labels()).filter((label) => !/^\d{4}$/.test(label))).toEqual([]);
  });
}
