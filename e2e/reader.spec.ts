import type { Page } from "@playwright/test";
import { byDate as inDateOrder } from "../test-support/eventOrder";
import { byDate, datasetCopy, eventDetail, expect, serveFixture, test, timelineItem, timelineLive } from "./fixtures";

// What a reader sees of the timeline: every box in the visible window whole, readable, uncovered.

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
  { width: 320, height: 640 },
];

/** A researcher's dense stretch: 30 events over two years, with same-day clusters and short ranges. */
function denseDataset() {
  const data = datasetCopy();
  const days = ["2023-01-10", "2023-03-02", "2023-03-02", "2023-03-03", "2023-05", "2023-06-15", "2023-07-01", "2023-07-01", "2023-07-01"];
  days.push("2023-09-12", "2023-10-07", "2023-10-07", "2023-10-08", "2023-11", "2023-12-24", "2024", "2024-01-03", "2024-02-14");
  days.push("2024-04-01", "2024-04-01", "2024-04-01", "2024-04-01", "2024-04-02", "2024-05-19", "2024-05-20", "2024-05-30", "2024-07-28");
  days.push("2024-09-27", "2024-11-20", "2024-12-08");
  const categories = data.categories.map((c) => c.id);
  // A few days, a day or two, a season, three days.
  const RANGES: Record<number, string> = { 10: "2023-10-10", 19: "2024-04-03", 4: "2023-08", 27: "2024-09-30" };
  data.events = days.map((date, i) => ({
    id: `dense-${String(i).padStart(2, "0")}`,
    date,
    end: RANGES[i] ?? null,
    title: `Dense event number ${i + 1}, with a title long enough to wrap`,
    summary: "A synthetic event in a crowded stretch.",
    category: categories[i % categories.length],
    place: null,
    actors: [],
    aliases: [],
    sources: [{ source: data.sources[4]!.id, quotes: [] }],
  })) as never;
  return data;
}

/** Everything a reader would call hidden, cut, too small, clipped, overlapped or drawn over. */
function legibilityProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const frame = document.querySelector("[data-testid=timeline] .vis-panel.vis-center")!.getBoundingClientRect();
    // A range's box is its label (from its start) and its bar together; a point's, the box itself.
    const extent = (box: HTMLElement) => {
      const r = box.getBoundingClientRect();
      if (!box.classList.contains("vis-range")) return r;
      const label = box.querySelector(".vis-item-content")!.getBoundingClientRect();
      const top = Math.min(r.top, label.top);
      return new DOMRect(r.left, top, Math.max(r.right, label.right) - r.left, r.bottom - top);
    };
    const boxes = [
      ...document.querySelectorAll<HTMLElement>("[data-testid=timeline] .vis-item[data-event-id]:not(.vis-line):not(.vis-dot)"),
    ]
      .map((box) => ({ box, id: box.dataset.eventId!, rect: extent(box) }))
      // Every box that shows in the frame, even in part.
      .filter(({ rect }) => rect.width > 0 && rect.right > frame.left + 0.5 && rect.left < frame.right - 0.5);
    for (const { box, id, rect } of boxes) {
      if (rect.left < frame.left - 0.5 || rect.right > frame.right + 0.5)
        problems.push(
          `${id}: cut at a side (${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(frame.left)}–${Math.round(frame.right)})`,
        );
      if (rect.top < frame.top - 0.5 || rect.bottom > frame.bottom + 0.5) problems.push(`${id}: cut at the top or bottom`);
      if (rect.width < 48 || rect.height < 18) problems.push(`${id}: ${rect.width}×${rect.height} px`);
      const title = box.querySelector<HTMLElement>(".timeline-item-title")!;
      if (title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth + 1) problems.push(`${id}: text clipped`);
      const t = title.getBoundingClientRect();
      if (t.top < 0 || t.bottom > innerHeight) title.scrollIntoView({ block: "center" });
      const seen = title.getBoundingClientRect();
      for (const x of [seen.left + 3, (seen.left + seen.right) / 2, seen.right - 3]) {
        for (const y of [seen.top + 3, (seen.top + seen.bottom) / 2, seen.bottom - 3]) {
          const hit = document.elementFromPoint(x, y);
          if (!hit || !box.contains(hit)) problems.push(`${id}: drawn over at ${Math.round(x)},${Math.round(y)} by ${hit?.className}`);
        }
      }
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > 0.5 && h > 0.5) problems.push(`${a.id} and ${b.id} overlap`);
      }
    }
    for (const label of document.querySelectorAll<HTMLElement>("[data-testid=timeline] .period-label")) {
      const r = label.getBoundingClientRect();
      if (r.width === 0 || r.right < frame.left || r.left > frame.right) continue;
      label.scrollIntoView({ block: "center", inline: "nearest" });
      const seen = label.getBoundingClientRect();
      const x = Math.max(seen.left, frame.left) + 4;
      const hit = document.elementFromPoint(x, (seen.top + seen.bottom) / 2);
      if (!hit || !label.contains(hit)) problems.push(`period label "${label.textContent}" covered by ${hit?.className}`);
    }
    return { problems, shown: boxes.map((b) => b.id) };
  });
}

for (const viewport of VIEWPORTS) {
  test(`${viewport.width}×${viewport.height}: nothing hidden, cut or drawn over, opening and after each keyboard step`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("./");
    await timelineLive(page);
    const opening = await legibilityProblems(page);
    expect(opening.problems).toEqual([]);
    expect(opening.shown.length).toBeGreaterThan(0);
    await page.getByTestId("timeline").focus();
    for (const event of byDate) {
      await page.keyboard.press("ArrowRight");
      await expect(eventDetail(page)).toHaveAttribute("data-event-id", event.id);
      const selected = timelineItem(page, event.id).and(page.locator(".vis-selected"));
      await expect(selected).toHaveCount(1);
      // On the page too: a tall stack on a phone scrolls to the selected box.
      await expect(selected).toBeInViewport({ ratio: 0.99 });
      const step = await expect.poll(async () => (await legibilityProblems(page)).problems).toEqual([]);
      void step;
      expect((await legibilityProblems(page)).shown).toContain(event.id);
    }
  });

  test(`${viewport.width}×${viewport.height}: a dense stretch of 30 events, opening, deep link and End`, async ({ page }) => {
    const data = denseDataset();
    await serveFixture(page, "dense.json", data);
    await page.setViewportSize(viewport);
    await page.goto("./?data=fixtures/dense.json");
    await timelineLive(page);
    expect((await legibilityProblems(page)).problems).toEqual([]);
    const sorted = inDateOrder(data.events);
    for (const target of [sorted[4]!, sorted[20]!]) {
      await page.goto(`./?data=fixtures/dense.json#/event/${target.id}`);
      await timelineLive(page);
      await expect.poll(async () => (await legibilityProblems(page)).problems).toEqual([]);
      expect((await legibilityProblems(page)).shown).toContain(target.id);
    }
    await page.getByTestId("timeline").focus();
    await page.keyboard.press("End");
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", sorted.at(-1)!.id);
    await expect.poll(async () => (await legibilityProblems(page)).problems).toEqual([]);
    expect((await legibilityProblems(page)).shown).toContain(sorted.at(-1)!.id);
  });
}

test("1280×800: the opening view shows all eight bundled events whole and the axis, without panning or scrolling", async ({ page }) => {
  await page.goto("./");
  await timelineLive(page);
  for (const event of byDate) {
    const box = (await timelineItem(page, event.id).and(page.locator(".vis-box")).boundingBox())!;
    // Whole on the first screen (to the rounding of a sub-pixel position).
    expect(box.x, event.id).toBeGreaterThanOrEqual(-0.5);
    expect(box.y, event.id).toBeGreaterThanOrEqual(-0.5);
    expect(box.x + box.width, event.id).toBeLessThanOrEqual(1280.5);
    expect(box.y + box.height, event.id).toBeLessThanOrEqual(800.5);
  }
  expect((await legibilityProblems(page)).shown).toHaveLength(byDate.length);
  // And the time axis under them, not below the fold.
  const axis = (await page.getByTestId("timeline").locator(".vis-time-axis.vis-foreground").boundingBox())!;
  expect(axis.y + axis.height).toBeLessThanOrEqual(800);
});

for (const viewport of VIEWPORTS.slice(1)) {
  test(`${viewport.width}×${viewport.height}: the first screen shows the timeline with a whole event, the controls one tap away`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("./");
    await timelineLive(page);
    const whole = await page
      .getByTestId("timeline")
      .locator(".vis-item.vis-box[data-event-id]")
      .evaluateAll(
        (boxes) =>
          boxes.filter((b) => {
            const r = b.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
          }).length,
      );
    expect(whole).toBeGreaterThan(0);
    // Views, languages and category filters sit behind the Menu; the search box stays out.
    await expect(page.getByRole("searchbox")).toBeInViewport();
    await expect(page.getByRole("button", { name: "List" })).toBeHidden();
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("button", { name: "List" })).toBeVisible();
    await expect(page.getByRole("group", { name: /categor/i })).toBeVisible();
  });
}
