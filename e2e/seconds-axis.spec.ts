import { readFileSync } from "node:fs";
import type { Locator } from "@playwright/test";
import { expect, holdTimelineChunk, serveFixture, test, timelineLive } from "./fixtures";

// Knight Lab's wedding example (fixtures/knightlab/SOURCES.md: MPL-2.0): 13 events within 80
// seconds, opened as a new reader would (on about an hour). The time axis labels its times of day
// ("17:15"; "17:17:30" zoomed in), at least two, whole and apart, in the first paint and the live
// timeline alike. (The first paint showed none: its steps began at a day; the live axis at 375 px
// one, "17:00", its hours' step vis-timeline's own.)
const wedding = readFileSync(new URL("./fixtures/knightlab/wedding.json", import.meta.url), "utf8");

/** The axis labels a reader sees in `frame` (the first paint's SVG or vis-timeline's): each one's
 * text and whether all of it shows within the frame and its own box. */
const labelsIn = (frame: Locator, selector: string) =>
  frame.evaluate((root, selector) => {
    const bounds = root.getBoundingClientRect();
    const range = document.createRange();
    return [...root.querySelectorAll<HTMLElement>(selector)]
      .filter((label) => label.textContent!.trim() !== "" && getComputedStyle(label).visibility === "visible")
      .filter((label) => label.getClientRects().length > 0)
      .map((label) => {
        range.selectNodeContents(label);
        const { left, right, top, bottom } = range.getBoundingClientRect();
        const clipped = label instanceof HTMLElement && label.scrollWidth > label.clientWidth + 1;
        return {
          text: label.textContent!.trim(),
          left,
          right,
          top,
          bottom,
          whole: left >= bounds.left - 0.5 && right <= bounds.right + 0.5 && !clipped,
        };
      });
  }, selector);

const expectReadable = (labels: Awaited<ReturnType<typeof labelsIn>>, what: string) => {
  const whole = labels.filter((label) => label.whole);
  expect(new Set(whole.map((label) => label.text)).size, `${what}: ${JSON.stringify(labels.map((l) => l.text))}`).toBeGreaterThanOrEqual(2);
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${what}: "${a.text}" and "${b.text}" apart`).toBe(true);
    }
  }
  // Times of day ("17:15", "17:17:30"), at least two of them.
  expect(
    new Set(whole.filter((label) => /^\d\d:\d\d(:\d\d)?$/.test(label.text)).map((label) => label.text)).size,
    what,
  ).toBeGreaterThanOrEqual(2);
};

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test("wedding.json: the axis labels seconds, first paint and live alike", async ({ page }, testInfo) => {
      await serveFixture(page, "wedding.json", wedding);
      const release = await holdTimelineChunk(page);
      await page.goto("./?data=fixtures/wedding.json");
      const preview = page.getByTestId("timeline-preview").locator("svg.timeline-preview-plan:not([hidden])");
      await expect(preview).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath("first-paint.png") });
      expectReadable(await labelsIn(preview, ".timeline-preview-tick text"), "first paint");

      release();
      await timelineLive(page);
      const axis = page.getByTestId("timeline").locator(".vis-time-axis.vis-foreground");
      await expect(async () => expectReadable(await labelsIn(axis, ".vis-text"), "live")).toPass({ timeout: 5000 });
      await page.screenshot({ path: testInfo.outputPath("live.png") });
    });
  });
}
