import type { Page } from "@playwright/test";
import { eventDetail, expect, holdTimelineChunk, serveFixture, test, timelineLive } from "./fixtures";

// A timeline of deep time, as TimelineJS's cosmological examples have it: years beyond what a
// JavaScript date holds, given as years alone. Our own small file, in the shape of Knight Lab's
// cosmological test (the corpus test opens that one too).

const COSMOS: [year: string, headline: string][] = [
  ["-13800000000", "The Big Bang"],
  ["-4540000000", "The Earth forms"],
  ["-66000000", "The dinosaurs die out"],
  ["-200000", "Modern humans in Africa"],
  ["2000", "A new millennium"],
];
const file = {
  title: { text: { headline: "From the Big Bang to today", text: "Deep time." } },
  events: COSMOS.map(([year, headline]) => ({ start_date: { year }, text: { headline, text: `${headline}.` } })),
};

/** A label of the axis as the year it stands for: "4 billion years ago", "500 BCE", "2000". */
function yearOf(label: string): number | null {
  const match = /^([\d.,]+)(?: (billion|million|thousand) years ago| (BCE))?$/.exec(label);
  if (!match) return null;
  const n = Number(match[1]!.replace(/,/g, ""));
  const unit = { billion: 1e9, million: 1e6, thousand: 1e3 }[match[2] as string] ?? 1;
  return match[2] || match[3] ? -n * unit : n;
}

/** The axis's labels, each with where it stands. */
const axisLabels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-testid=timeline] .vis-time-axis .vis-text")]
      .map((label) => ({ text: label.innerText.trim(), x: label.getBoundingClientRect().left }))
      .filter((label) => label.text !== ""),
  );

/** The window in years, read off the axis's labels. */
async function windowInYears(page: Page): Promise<{ start: number; end: number } | null> {
  const frame = (await page.getByTestId("timeline").locator(".vis-center").boundingBox())!;
  const labels = (await axisLabels(page))
    .map((label) => ({ year: yearOf(label.text), x: label.x }))
    .filter((label): label is { year: number; x: number } => label.year !== null);
  if (labels.length < 2) return null;
  const [a, b] = [labels[0]!, labels.at(-1)!];
  const pxPerYear = (b.x - a.x) / (b.year - a.year);
  return { start: a.year - (a.x - frame.x) / pxPerYear, end: b.year + (frame.x + frame.width - b.x) / pxPerYear };
}

/** Events in the frame: boxes, and the events each count holds. */
const eventsOnScreen = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const timeline = document.querySelector("[data-testid=timeline]")!;
    const frame = timeline.getBoundingClientRect();
    const within = (r: DOMRect) => r.width > 0 && r.right > frame.left && r.left < frame.right;
    const boxes = [...timeline.querySelectorAll<HTMLElement>(".vis-item.vis-box[data-event-id]")].filter((box) =>
      within(box.getBoundingClientRect()),
    );
    const counts = [...timeline.querySelectorAll<HTMLElement>(".vis-item[data-crowd-id]")]
      .filter((crowd) => within(crowd.getBoundingClientRect()))
      .map((crowd) => Number(crowd.textContent!.replace(/\D/g, "")) || 0);
    return new Set(boxes.map((box) => box.dataset.eventId)).size + counts.reduce((a, b) => a + b, 0);
  });

for (const width of [1280, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("a cosmological TimelineJS file opens, every slide an event, Big Bang to today under an axis of years", async ({
      page,
    }, testInfo) => {
      await serveFixture(page, "cosmos.json", file);
      await page.goto("./?data=fixtures/cosmos.json");
      await timelineLive(page);
      await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
      await page.screenshot({ path: testInfo.outputPath("opening.png") });

      // A phone has no zoom buttons: it opens on all of it.
      if (width > 600) await page.getByRole("button", { name: "Show all", exact: true }).click();
      await expect.poll(() => eventsOnScreen(page)).toBe(COSMOS.length);
      await expect
        .poll(async () => {
          const window = await windowInYears(page);
          return window !== null && window.start <= -13.8e9 && window.end >= 2000;
        })
        .toBe(true);
      const labels = (await axisLabels(page)).map((label) => label.text);
      expect(
        labels.filter((label) => yearOf(label) === null),
        "labels that are not years",
      ).toEqual([]);
      expect(labels.some((label) => / billion years ago$/.test(label))).toBe(true);
      await page.screenshot({ path: testInfo.outputPath("all.png") });

      // The Big Bang, selected, is dated as a reader says it.
      await page.getByTestId("timeline").locator('[data-event-id="the-big-bang"]').click();
      await expect(eventDetail(page)).toHaveAttribute("data-event-id", "the-big-bang");
      await expect(eventDetail(page)).toContainText("13.8 billion years ago");
      await page.screenshot({ path: testInfo.outputPath("selected.png") });

      // Every slide is an event, in the order of time.
      if (width <= 600) await page.getByRole("button", { name: "Menu" }).click();
      await page.getByRole("button", { name: "List" }).click();
      const rows = page.getByTestId("event-list").locator("[data-list-event-id]");
      await expect(rows).toHaveCount(COSMOS.length);
      await expect(rows.first()).toContainText("13.8 billion years ago");
      await expect(rows.nth(2)).toContainText("66 million years ago");
      await expect(rows.nth(3)).toContainText("200,000 BCE");
    });
  });
}

test("the first paint of a cosmological timeline labels its axis in years ago", async ({ page }, testInfo) => {
  const release = await holdTimelineChunk(page);
  await serveFixture(page, "cosmos.json", file);
  await page.goto("./?data=fixtures/cosmos.json");
  const ticks = page.getByTestId("timeline-preview").locator(".timeline-preview-plan:visible .timeline-preview-tick text");
  await expect
    .poll(async () => (await ticks.allTextContents()).filter((text) => / billion years ago$/.test(text)).length)
    .toBeGreaterThan(1);
  expect((await ticks.allTextContents()).filter((text) => yearOf(text) === null)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("first-paint.png") });
  release();
  await timelineLive(page);
});

test("the studio opens a cosmological TimelineJS file without a problem, and previews it in years ago", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto("./studio/");
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
  await page
    .getByLabel("Open a file")
    .setInputFiles({ name: "cosmos.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByText("No problems: the explorer will show this timeline as it is.")).toBeVisible({ timeout: 15_000 });
  const preview = page.frameLocator("iframe[title='Preview of the timeline']");
  await expect(preview.locator('[data-testid=timeline] [data-event-id="the-big-bang"]')).toContainText("13.8 billion years ago", {
    timeout: 15_000,
  });
  await page.screenshot({ path: testInfo.outputPath("studio.png") });
});

test.describe("at 375 px, four and a half billion years", () => {
  test.use({ viewport: { width: 375, height: 800 } });
  const earth = {
    title: { text: { headline: "The Earth", text: "Deep time." } },
    events: ["-4500000000", "-66000000", "-200000", "1969"].map((year, i) => ({
      start_date: { year },
      text: { headline: `Slide ${i + 1}`, text: "Text." },
    })),
  };

  test("the axis labels a readable step, not a lone 0, at first paint and live", async ({ page }) => {
    const release = await holdTimelineChunk(page);
    await serveFixture(page, "earth.json", earth);
    await page.goto("./?data=fixtures/earth.json");
    const ticks = page.getByTestId("timeline-preview").locator(".timeline-preview-plan:visible .timeline-preview-tick text");
    await expect.poll(async () => (await ticks.allTextContents()).filter((text) => / billion years ago$/.test(text))).not.toEqual([]);
    release();
    await timelineLive(page);
    await expect
      .poll(async () => (await axisLabels(page)).map((label) => label.text).filter((text) => / billion years ago$/.test(text)))
      .not.toEqual([]);
    // Each label clear of the next.
    const boxes = await page.locator("[data-testid=timeline] .vis-time-axis .vis-text").evaluateAll((labels) =>
      labels
        .filter((label) => (label as HTMLElement).innerText.trim() !== "")
        .map((label) => label.getBoundingClientRect())
        .map((r) => [r.left, r.right])
        .sort((a, b) => a[0]! - b[0]!),
    );
    await page.screenshot({ path: test.info().outputPath("earth-375.png") });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]!).toBeGreaterThanOrEqual(boxes[i - 1]![1]!);
  });
});
