import type { Locator } from "@playwright/test";
import { expect, holdTimelineChunk, serveFixture, test, timelineLive } from "./fixtures";

// A story of one week, dated to the day, as a newsroom's first timeline often is: it opens on its
// week, under an axis of days, with every box whole and readable (titles, dates, update marks), in
// the first paint and the live timeline alike. (It opened on about four months, its boxes stacked
// in one column and their marks cut: "14 November 2024 · Corr…".)

const DAYS = ["2024-11-11", "2024-11-12", "2024-11-13", "2024-11-14", "2024-11-15", "2024-11-16", "2024-11-17"];
const TITLES = [
  "Flood warning issued for the valley",
  "River bursts its banks at dawn",
  "Evacuation of three villages ordered",
  "Death toll revised after the count",
  "Aid convoys reach the cut-off towns",
  "Schools reopen in the drier districts",
  "Inquiry into the warnings announced",
];

const week = {
  version: 1,
  title: "A week of floods",
  updated: "2024-11-18T10:00:00Z",
  categories: [{ id: "c", label: "Floods" }],
  sources: [{ id: "s", outlet: null, title: null, published: null, summary: "Reports." }],
  events: DAYS.map((date, i) => ({
    id: `day-${i + 1}`,
    date,
    title: TITLES[i],
    summary: `${TITLES[i]}.`,
    category: "c",
    sources: [{ source: "s" }],
    // Every other event updated, one corrected on the last day of September (the longest mark).
    ...(i % 2 === 1
      ? { updates: [{ date: i === 3 ? "2024-11-30" : DAYS[i + 1], kind: i === 3 ? "correction" : "update", note: "Changed." }] }
      : {}),
  })),
};

/** The boxes a reader sees (the first paint's or the live timeline's): where each stands, whether its
 * texts are whole (none wider or taller than the box shows), and whether a click at its centre meets it. */
const boxesOf = (timeline: Locator) =>
  timeline.evaluate((root) => {
    const frame = (
      root.querySelector(".vis-center") ??
      root.querySelector(".timeline-preview-plan:not([hidden])") ??
      root
    ).getBoundingClientRect();
    const boxes = [...root.querySelectorAll<HTMLElement>("[data-event-id]")].filter((box) => box.getClientRects().length > 0);
    return boxes.map((box) => {
      const r = box.getBoundingClientRect();
      const texts = [...box.querySelectorAll<HTMLElement>(".timeline-item-title, .timeline-item-date, .timeline-item-mark")];
      const cut = texts.filter((text) => {
        const t = text.getBoundingClientRect();
        return text.scrollWidth > text.clientWidth + 1 || t.right > r.right + 1 || t.bottom > r.bottom + 1;
      });
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return {
        id: box.dataset.eventId!,
        rect: [r.left, r.top, r.width, r.height].map(Math.round),
        inFrame: r.left >= frame.left - 1 && r.right <= frame.right + 1 && r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1,
        cut: cut.map((text) => text.textContent),
        hit: hit?.closest("[data-event-id]") === box,
        mark: box.querySelector(".timeline-item-mark")?.textContent ?? null,
      };
    });
  });

/** The share of the frame between the first and the last box's centres. */
const spread = (boxes: { rect: number[] }[], frameWidth: number) => {
  const centres = boxes.map(({ rect }) => rect[0]! + rect[2]! / 2);
  return (Math.max(...centres) - Math.min(...centres)) / frameWidth;
};

const expectReadable = (boxes: Awaited<ReturnType<typeof boxesOf>>, least: number) => {
  expect(boxes.length).toBeGreaterThanOrEqual(least);
  for (const box of boxes) {
    expect(box.inFrame, `${box.id} inside the frame`).toBe(true);
    expect(box.cut, `${box.id}: no text cut`).toEqual([]);
    expect(box.hit, `${box.id}: the box is what a click at its centre meets`).toBe(true);
  }
};

for (const { width, height, least } of [
  { width: 1280, height: 800, least: 7 },
  { width: 375, height: 740, least: 3 },
  { width: 320, height: 640, least: 2 },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test("a week-long story opens on its week, every box whole and readable, first paint and live alike", async ({ page }, testInfo) => {
      await serveFixture(page, "week.json", week);
      const release = await holdTimelineChunk(page);
      await page.goto("./?data=fixtures/week.json");
      const timeline = page.getByTestId("timeline");
      await expect(page.getByTestId("timeline-preview").locator("a[data-event-id]:visible").first()).toBeVisible();
      const painted = await boxesOf(timeline);
      await page.screenshot({ path: testInfo.outputPath("first-paint.png") });
      expectReadable(painted, least);

      release();
      await timelineLive(page);
      await expect.poll(async () => (await boxesOf(timeline.locator(".vis-timeline"))).length).toBe(painted.length);
      const live = await boxesOf(timeline.locator(".vis-timeline"));
      await page.screenshot({ path: testInfo.outputPath("live.png") });
      expectReadable(live, least);
      // The same boxes at the same places (to a few pixels: the first paint's frame is its SVG's whole
      // width, vis-timeline's its centre panel, inside the borders).
      const at = (boxes: typeof live) => Object.fromEntries(boxes.map((box) => [box.id, box.rect]));
      const paintedAt = at(painted);
      for (const [id, rect] of Object.entries(at(live))) {
        expect(paintedAt[id], `${id} in the first paint`).toBeDefined();
        rect.forEach((value, i) => expect(Math.abs(value - paintedAt[id]![i]!), `${id} [${i}]`).toBeLessThanOrEqual(4));
      }
      // The longest mark, whole, on its own line.
      if (live.some((box) => box.id === "day-4")) expect(live.find((box) => box.id === "day-4")!.mark).toBe("Corrected 30 November 2024");

      const frameWidth = (await timeline.locator(".vis-center").boundingBox())!.width;
      if (width >= 1280) {
        // The week across the frame (on four months, all seven stood within a sixth of it), under an axis of days.
        expect(spread(live, frameWidth)).toBeGreaterThan(0.6);
        const minor = timeline.locator(".vis-time-axis .vis-text.vis-minor");
        await expect.poll(() => minor.allInnerTexts()).toEqual(expect.arrayContaining(["11", "14", "17"]));
      }
    });
  });
}

test("a one-day story opens on a couple of days, not on months", async ({ page }) => {
  await serveFixture(page, "day.json", { ...week, events: week.events.slice(0, 1) });
  await page.goto("./?data=fixtures/day.json");
  await timelineLive(page);
  const minor = page.getByTestId("timeline").locator(".vis-time-axis .vis-text.vis-minor");
  // Days or hours on the axis, not months.
  await expect.poll(async () => (await minor.allInnerTexts()).filter((text) => /^[A-Z][a-z]{2}$/.test(text))).toEqual([]);
  expectReadable(await boxesOf(page.getByTestId("timeline").locator(".vis-timeline")), 1);
});
