import type { Page } from "@playwright/test";
import { expect, holdTimelineChunk, serveFixture, test, timelineLive } from "./fixtures";

// Timelines of every span, as TimelineJS files: a few hours, two centuries, four centuries, five
// millennia across the common era. Each opens on titles a reader can read, and "Show all" brings
// every event into the window, under an axis that labels its span sensibly.

type Slide = [date: string, headline: string];

/** A TimelineJS file of `slides`, each dated "YYYY[-MM[-DD[THH:MM]]]" (a minus sign before the common era). */
function timelineJs(slides: Slide[]) {
  const part = (text: string | undefined) => (text === undefined ? undefined : String(Number(text)));
  return {
    title: { text: { headline: "A span", text: "Dates of every span." } },
    events: slides.map(([date, headline]) => {
      const [, year, month, day, hour, minute] = /^(-?\d+)(?:-(\d+)(?:-(\d+)(?:T(\d+):(\d+))?)?)?$/.exec(date)!;
      return {
        start_date: { year: part(year), month: part(month), day: part(day), hour: part(hour), minute: part(minute) },
        text: { headline, text: `${headline}.` },
      };
    }),
  };
}

const MEDIEVAL: Slide[] = [
  ["1066-10-14", "Battle of Hastings"],
  ["1086", "Domesday Book compiled"],
  ["1154-12-19", "Henry II crowned"],
  ["1215-06-15", "Magna Carta sealed"],
  ["1295", "The Model Parliament"],
  ["1337-05-24", "Philip VI confiscates Aquitaine"],
  ["1346-08-26", "Battle of Crécy"],
  ["1356-09-19", "Battle of Poitiers"],
  ["1415-10-25", "Battle of Agincourt"],
  ["1429-05-08", "Siege of Orléans lifted"],
  ["1453-07-17", "Battle of Castillon"],
];
const MODERN: Slide[] = [
  ["1800", "Act of Union passed"],
  ["1815-06-18", "Battle of Waterloo"],
  ["1848", "Revolutions across Europe"],
  ["1871-01-18", "German Empire proclaimed"],
  ["1914-07-28", "First World War begins"],
  ["1945-05-08", "War in Europe ends"],
  ["1969-07-20", "Moon landing"],
  ["1989-11-09", "Berlin Wall falls"],
  ["2020-03-11", "Pandemic declared"],
];
const ANCIENT: Slide[] = [
  ["-3000", "Writing in Sumer"],
  ["-2560", "Great Pyramid finished"],
  ["-1754", "Code of Hammurabi"],
  ["-776", "First Olympic Games"],
  ["-221", "Qin unifies China"],
  ["0476", "Western Roman Empire falls"],
  ["1088", "University of Bologna founded"],
  ["1492", "Columbus crosses the Atlantic"],
  ["2000", "A new millennium"],
];
const DEEP: Slide[] = [
  ["-200000", "Modern humans in Africa"],
  ["-70000", "Out of Africa"],
  ["-40000", "Cave paintings in Sulawesi"],
  ["-10000", "Farming begins"],
  ["-3000", "Writing in Sumer"],
  ["2000", "A new millennium"],
];
const ONE_DAY: Slide[] = [
  ["2024-05-19T09:05", "Convoy leaves Tabriz"],
  ["2024-05-19T10:30", "Dam inaugurated"],
  ["2024-05-19T13:30", "Helicopters take off"],
  ["2024-05-19T14:00", "Contact lost"],
  ["2024-05-19T16:45", "Search begins"],
];

const CASES = [
  { name: "medieval", slides: MEDIEVAL, first: 1066.8, last: 1453.5, label: /^1[0-4]\d\d$/ },
  { name: "modern", slides: MODERN, first: 1800, last: 2020.2, label: /^(18|19|20)\d\d$/ },
  { name: "ancient", slides: ANCIENT, first: -3000, last: 2000, label: /^\d+ BCE$/ },
  { name: "deep", slides: DEEP, first: -200000, last: 2000, label: /^\d+000 BCE$/ },
];

/** The event boxes whose whole title a reader sees in the timeline's frame. */
const readableTitles = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector("[data-testid=timeline] .vis-center")!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>("[data-testid=timeline] .vis-item.vis-box[data-event-id]")]
      .filter((box) => {
        const r = box.getBoundingClientRect();
        const text = box.querySelector<HTMLElement>(".vis-item-content");
        return r.left >= frame.left && r.right <= frame.right && r.width > 0 && text && text.innerText.trim() !== "";
      })
      .map((box) => box.innerText.trim());
  });

/** The visible window in years, read off the axis: its year labels and where they stand. */
const windowInYears = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector("[data-testid=timeline] .vis-center")!.getBoundingClientRect();
    const labels = [...document.querySelectorAll<HTMLElement>("[data-testid=timeline] .vis-time-axis .vis-text.vis-minor")]
      .map((label) => {
        const match = /^(\d+)( BCE)?$/.exec(label.innerText.trim());
        // Where its text is drawn (the label's box is as wide as its step).
        const range = document.createRange();
        range.selectNodeContents(label);
        const text = range.getBoundingClientRect();
        return match ? { year: match[2] ? -Number(match[1]) : Number(match[1]), x: label.getBoundingClientRect().left, text } : null;
      })
      .filter((label) => label !== null);
    if (labels.length < 2) return null;
    const [a, b] = [labels[0]!, labels.at(-1)!];
    const pxPerYear = (b.x - a.x) / (b.year - a.year);
    const overlapping = labels.slice(1).filter((label, i) => label.text.left < labels[i]!.text.right + 4).length;
    return {
      start: a.year - (a.x - frame.left) / pxPerYear,
      end: b.year + (frame.right - b.x) / pxPerYear,
      labels: labels.map((l) => l.year),
      overlapping,
    };
  });

test.use({ viewport: { width: 1280, height: 800 } });

const showAll = (page: Page) => page.getByRole("button", { name: "Show all", exact: true });
const covers = async (page: Page, first: number, last: number) => {
  const window = await windowInYears(page);
  return window !== null && window.start <= first && window.end >= last;
};

for (const { name, slides, first, last, label } of CASES) {
  test(`a ${name} timeline (${slides[0]![0]} to ${slides.at(-1)![0]}) opens on titles, and "Show all" and "−" take in all of it`, async ({
    page,
  }, testInfo) => {
    await serveFixture(page, `${name}.json`, timelineJs(slides));
    await page.goto(`./?data=fixtures/${name}.json`);
    await timelineLive(page);
    await expect.poll(async () => (await readableTitles(page)).length).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: testInfo.outputPath("opening.png") });

    // Closer in, then all of it again: by "Show all", and by "−".
    const zoomIn = page.getByRole("button", { name: "Zoom in" });
    for (let i = 0; i < 3; i++) await zoomIn.click();
    await expect.poll(() => covers(page, first, last)).toBe(false);
    await showAll(page).click();
    await expect.poll(() => covers(page, first, last)).toBe(true);
    const window = (await windowInYears(page))!;
    expect(window.labels.some((year) => label.test(year < 0 ? `${-year} BCE` : String(year)))).toBe(true);
    // Labels far enough apart to read.
    expect(window.overlapping).toBe(0);
    await page.screenshot({ path: testInfo.outputPath("all.png") });

    for (let i = 0; i < 3; i++) await zoomIn.click();
    const zoomOut = page.getByRole("button", { name: "Zoom out" });
    await expect
      .poll(async () => {
        await zoomOut.click();
        return covers(page, first, last);
      })
      .toBe(true);
  });
}

test("the first paint of a timeline across the common era draws its boxes over an axis in BCE and CE years", async ({ page }, testInfo) => {
  const release = await holdTimelineChunk(page);
  await serveFixture(page, "ancient.json", timelineJs(ANCIENT));
  await page.goto("./?data=fixtures/ancient.json");
  const preview = page.getByTestId("timeline-preview");
  await expect(preview).toBeVisible();
  const ticks = preview.locator(".timeline-preview-plan:visible .timeline-preview-tick text");
  await expect.poll(() => ticks.allTextContents()).toEqual(expect.arrayContaining(["2000 BCE", "1000"]));
  await expect(
    preview.locator(".timeline-preview-plan:visible a[data-event-id], .timeline-preview-plan:visible a[data-plan-event-id]"),
  ).toHaveCount(ANCIENT.length);
  await page.screenshot({ path: testInfo.outputPath("first-paint.png") });
  release();
  await timelineLive(page);
});

test("a timeline of a few hours opens on its titles, and shows them all", async ({ page }, testInfo) => {
  await serveFixture(page, "day.json", timelineJs(ONE_DAY));
  await page.goto("./?data=fixtures/day.json");
  await timelineLive(page);
  await expect.poll(async () => (await readableTitles(page)).length).toBe(ONE_DAY.length);
  await page.screenshot({ path: testInfo.outputPath("opening.png") });
  await page.getByRole("button", { name: "Zoom out" }).click();
  await showAll(page).click();
  await expect
    .poll(async () => (await readableTitles(page)).sort())
    .toEqual(ONE_DAY.map(([date, title]) => `${title}\n19 May 2024, ${date.slice(-5)}`).sort());
  await expect(page.getByTestId("timeline").locator(".vis-time-axis.vis-foreground")).toContainText("May");
});

const THREE_HOURS: Slide[] = [
  ["2024-05-19T09:00", "Polls open"],
  ["2024-05-19T10:15", "Queues at the capital's stations"],
  ["2024-05-19T11:20", "Turnout first reported"],
  ["2024-05-19T12:00", "Voting extended"],
];

test("a timeline of three hours opens with its events across the frame, under an axis of hours", async ({ page }, testInfo) => {
  await serveFixture(page, "three-hours.json", timelineJs(THREE_HOURS));
  await page.goto("./?data=fixtures/three-hours.json");
  await timelineLive(page);
  await expect.poll(async () => (await readableTitles(page)).length).toBe(THREE_HOURS.length);
  // The boxes are spread over the frame, the first and the last more than half of it apart (on a
  // window of two months, all four stood in one column).
  const spread = () =>
    page.evaluate(() => {
      const frame = document.querySelector("[data-testid=timeline] .vis-center")!.getBoundingClientRect();
      const centres = [...document.querySelectorAll<HTMLElement>("[data-testid=timeline] .vis-item.vis-box[data-event-id]")].map((box) => {
        const r = box.getBoundingClientRect();
        return r.left + r.width / 2;
      });
      return (Math.max(...centres) - Math.min(...centres)) / frame.width;
    });
  await expect.poll(spread).toBeGreaterThan(0.5);
  // The axis counts the hours between them.
  const minor = page.getByTestId("timeline").locator(".vis-time-axis .vis-text.vis-minor");
  await expect.poll(() => minor.allInnerTexts()).toEqual(expect.arrayContaining(["10:00", "11:00"]));
  await page.screenshot({ path: testInfo.outputPath("opening.png") });
  await showAll(page).click();
  await expect.poll(spread).toBeGreaterThan(0.5);
});

test("zooming and panning as far as they go, near the earliest date a browser holds, throws nothing", async ({ page }) => {
  await serveFixture(page, "edge.json", timelineJs([["-271000", "The earliest year a date can hold, nearly"], ...DEEP]));
  await page.goto("./?data=fixtures/edge.json");
  await timelineLive(page);
  const frame = page.getByTestId("timeline").locator(".vis-center");
  const box = (await frame.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.getByRole("button", { name: "Zoom out" }).click();
  await page.getByRole("button", { name: "Show all", exact: true }).click();
  // vis-timeline would throw on a window past that date (the fixture fails the test on any page error).
  await expect(page.getByTestId("timeline").locator(".vis-item[data-event-id]").first()).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
