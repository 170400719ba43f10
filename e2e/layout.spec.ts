import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { datasetCopy, expect, serveFixture, test, timelineLive } from "./fixtures";

const WIDTHS = [1280, 375, 320];
const SHOTS = process.env.LAYOUT_SHOTS;

/** What a reader sees of each of the timeline's boxes (`selector`): those with a size, inside the
 * viewport, found at their own centre; with the ids they carry and whether the page's first
 * `[data-event-id]` match for their id is themselves. */
function visibleBoxes(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(selector)].filter((box) => {
      const r = box.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= 0 || r.left >= innerWidth || r.bottom <= 0 || r.top >= innerHeight) return false;
      const hit = document.elementFromPoint(Math.min(Math.max(r.x + r.width / 2, 1), innerWidth - 1), r.y + r.height / 2);
      return hit !== null && box.contains(hit);
    });
    return boxes.map((box) => {
      const id = box.getAttribute("data-event-id");
      return {
        title: box.textContent,
        id,
        firstMatch: id !== null && document.querySelector(`[data-event-id="${CSS.escape(id)}"]`) === box,
      };
    });
  }, selector);
}

/** Each period label shown in the first paint: whether it is clipped, and how its clipping ends. */
function periodLabels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-testid=timeline-preview] [data-period-id]")]
      .filter((band) => band.getBoundingClientRect().width > 0)
      .map((band) => {
        const label = band.querySelector<HTMLElement>(".period-label");
        return {
          period: band.getAttribute("data-period-id"),
          html: label !== null,
          clipped: label ? label.scrollWidth > label.clientWidth : null,
          ellipsis: label ? getComputedStyle(label).textOverflow === "ellipsis" : null,
          firstMatch: document.querySelector(`[data-period-id="${band.getAttribute("data-period-id")}"]`) === band,
        };
      }),
  );
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("the first paint without script: every box a reader sees carries its data-event-id, and a clipped period label ends in an ellipsis", async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto("./");
      await expect(page.getByTestId("timeline-preview")).toBeVisible();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/first-paint-${width}.png` });
      const boxes = await visibleBoxes(page, "[data-testid=timeline-preview] a.timeline-preview-item");
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (const box of boxes) expect(box.id, `the box "${box.title}"`).not.toBeNull();
      const labels = await periodLabels(page);
      expect(labels.length).toBeGreaterThanOrEqual(1);
      for (const label of labels) {
        expect(label.html, `${label.period}'s label is the live timeline's`).toBe(true);
        if (label.clipped) expect(label.ellipsis, `${label.period}'s clipped label ends in "…"`).toBe(true);
      }
      // On a phone, a band narrower than its label is what the reader meets.
      if (width < 400) expect(labels.some((label) => label.clipped)).toBe(true);
      await context.close();
    });

    test("the first paint before the app wakes: each box's id finds the box a reader sees first, not a hidden copy", async ({ page }) => {
      // The page's inline scripts run; the app's files are held back.
      await page.route(/\/assets\/[^/]+\.js$/, () => {});
      await page.goto("./", { waitUntil: "commit" });
      await expect(page.getByTestId("timeline-preview")).toBeVisible();
      await expect
        .poll(async () => {
          const boxes = await visibleBoxes(page, "[data-testid=timeline-preview] a.timeline-preview-item");
          return boxes.length >= 3 && boxes.every((box) => box.firstMatch);
        })
        .toBe(true);
      // Polled as the boxes are: until the stylesheet has come (the page is read from its first
      // bytes), every width's plan is drawn, and a band of a plan that will hide has a width too.
      await expect
        .poll(async () => (await periodLabels(page)).filter((label) => !label.firstMatch).map((label) => `${label.period}'s band`))
        .toEqual([]);
    });
  });
}

/** Thirty events a few weeks apart, each with a long title, under a period with a long label. */
function denseFile() {
  const file = datasetCopy() as ReturnType<typeof datasetCopy> & { periods: unknown[] };
  const source = file.sources[0]!.id;
  file.events = Array.from({ length: 30 }, (_, i) => ({
    id: `dense-${i + 1}`,
    date: `2022-${String((i % 12) + 1).padStart(2, "0")}-${String(1 + Math.floor(i / 12) * 9).padStart(2, "0")}`,
    end: i % 10 === 9 ? `2022-${String((i % 12) + 1).padStart(2, "0")}-28` : null,
    title:
      i % 3 === 0
        ? `A long-winded title that goes on for a considerable while about event number ${i + 1} and what followed it in the weeks after`
        : `Event ${i + 1}: a meeting of ministers in the capital`,
    summary: "A dense file's event.",
    category: file.categories[0]!.id,
    place: null,
    actors: [],
    sources: [{ source, quotes: [] }],
  })) as typeof file.events;
  file.periods = [
    {
      id: "first-half",
      label: "The first half of the year, under a long label",
      start: "2022-01",
      end: "2022-06",
      category: null,
      summary: "A period.",
      sources: [{ source, quotes: [] }],
    },
  ];
  return file;
}

for (const width of WIDTHS) {
  test(`a dense file of long titles at ${width} px: every title whole, and no box over a period's label`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await serveFixture(page, "dense.json", denseFile());
    await page.goto("./?data=fixtures/dense.json");
    await timelineLive(page);
    const timeline = page.getByTestId("timeline");
    await expect(timeline.locator(".vis-item[data-event-id]").first()).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/dense-${width}.png` });
    const seen = await page.evaluate(() => {
      const frame = document.querySelector("[data-testid=timeline] .vis-panel.vis-center")!.getBoundingClientRect();
      const boxes = [...document.querySelectorAll<HTMLElement>("[data-testid=timeline] .vis-item[data-event-id]")].filter((item) => {
        const r = item.getBoundingClientRect();
        return r.width > 0 && r.right > frame.left && r.left < frame.right;
      });
      const labels = [...document.querySelectorAll<HTMLElement>("[data-testid=timeline] .period-label")].map((label) =>
        label.getBoundingClientRect(),
      );
      const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return boxes.map((item) => {
        // A range's box is its content, above its bar.
        const box = (
          item.classList.contains("vis-range") ? item.querySelector<HTMLElement>(".vis-item-content")! : item
        ).getBoundingClientRect();
        const title = item.querySelector<HTMLElement>(".timeline-item-title")!;
        const date = item.querySelector<HTMLElement>(".timeline-item-date")!.getBoundingClientRect();
        const text = title.getBoundingClientRect();
        return {
          id: item.getAttribute("data-event-id"),
          // The title's own text all inside it, and the title and the date inside the box's border.
          titleWhole: title.scrollHeight <= title.clientHeight + 1 && title.scrollWidth <= title.clientWidth + 1,
          clamped: getComputedStyle(title).webkitLineClamp !== "none" || getComputedStyle(title).textOverflow === "ellipsis",
          inBox: text.top >= box.top && date.bottom <= box.bottom - 2 && text.right <= box.right && date.right <= box.right,
          overLabel: labels.some((label) => overlaps(box, label)),
        };
      });
    });
    // Tall boxes: on a phone, two of them and a count.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const box of seen) {
      expect(box.titleWhole, `${box.id}'s title is whole`).toBe(true);
      expect(box.clamped, `${box.id}'s title is not clamped`).toBe(false);
      expect(box.inBox, `${box.id}'s title and date are inside its box`).toBe(true);
      expect(box.overLabel, `${box.id} is drawn over a period's label`).toBe(false);
    }
  });
}

const houston = readFileSync(new URL("../src/dataset/timelineJs/fixtures/houston-timeline3.json", import.meta.url), "utf8");

test("an imported Houston file opens at 1280 px with every box whole inside the timeline", async ({ page }) => {
  await serveFixture(page, "houston.json", houston);
  await page.goto("./?data=fixtures/houston.json");
  await timelineLive(page);
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator(".vis-item[data-event-id]").first()).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/houston-1280.png` });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const frame = document.querySelector("[data-testid=timeline] .vis-panel.vis-center")!.getBoundingClientRect();
        return [
          ...document.querySelectorAll<HTMLElement>(
            "[data-testid=timeline] .vis-item.vis-box[data-event-id], [data-testid=timeline] .vis-item.vis-range[data-event-id] .vis-item-content",
          ),
        ]
          .map((box) => ({ text: box.textContent, r: box.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.right > frame.left && r.left < frame.right)
          .filter(({ r }) => r.left < frame.left - 0.5 || r.right > frame.right + 0.5)
          .map(({ text }) => text);
      }),
    )
    .toEqual([]);
  // Each connector reaches up to its box, whatever its lane.
  const gaps = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll("[data-testid=timeline] .vis-item.vis-box")].map((box) => box.getBoundingClientRect());
    const frame = document.querySelector("[data-testid=timeline] .vis-panel.vis-center")!.getBoundingClientRect();
    const lines = [...document.querySelectorAll("[data-testid=timeline] .vis-item.vis-line")].map((line) => line.getBoundingClientRect());
    return lines
      .filter((r) => r.height > 0 && r.left >= frame.left && r.right <= frame.right)
      .map((r) => {
        const x = r.left + r.width / 2;
        // It ends on (or behind) a box on its date.
        return boxes.some((b) => Math.abs(b.left + b.width / 2 - x) < 2 && b.top <= r.top + 1 && r.top - 1 <= b.bottom)
          ? "meets its box"
          : `ends at ${x},${r.top}`;
      });
  });
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) expect(gap).toBe("meets its box");
});
