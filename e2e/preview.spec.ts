import type { Page } from "@playwright/test";
import {
  byDate,
  holdTimelineChunk,
  dataset,
  datasetCopy,
  eventDetail,
  expect,
  expectNoSeriousViolations,
  serveFixture,
  test,
  timelineItem,
  timelineLive,
} from "./fixtures";

test("before vis-timeline loads, a static preview shows the events as links that select them", async ({ page }) => {
  const release = await holdTimelineChunk(page);
  await page.goto("/");
  const preview = page.getByTestId("timeline-preview");
  await expect(preview).toBeVisible();
  await expect(page.getByTestId("timeline")).toHaveCount(1);
  await expect(page.locator(".vis-timeline")).toHaveCount(0);

  // Every event of the bundled dataset fits the opening view, each at its date, earliest leftmost.
  for (const event of dataset.events) await expect(timelineItem(page, event.id)).toBeInViewport();
  const first = await timelineItem(page, byDate[0]!.id).boundingBox();
  const last = await timelineItem(page, byDate.at(-1)!.id).boundingBox();
  expect(first!.x).toBeLessThan(last!.x);
  await expect(page.getByRole("button", { name: "Show all" })).toBeDisabled();
  await expectNoSeriousViolations(page, "on the static preview");

  const target = byDate[3]!;
  await timelineItem(page, target.id).click();
  await expect(page).toHaveURL(new RegExp(`/event/${target.id}/$`));
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", target.id);
  await expect(timelineItem(page, target.id)).toHaveAttribute("aria-current", "true");

  // The arrow keys work on the preview too.
  await page.getByTestId("timeline").focus();
  await page.keyboard.press("ArrowRight");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[4]!.id);

  // vis-timeline takes over: one timeline, the preview gone, the selection kept.
  release();
  await expect(page.locator(".vis-timeline")).toBeVisible();
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId("timeline")).toHaveCount(1);
  await expect(timelineItem(page, byDate[4]!.id)).toHaveClass(/vis-selected/);
  await expect(page.getByRole("button", { name: "Show all" })).toBeEnabled();
});

test("at every frame of the hand-over one timeline is on screen, each in its own container, and never both", async ({ page }) => {
  const release = await holdTimelineChunk(page);
  await page.goto("/");
  await expect(page.getByTestId("timeline-preview")).toBeVisible();
  // Sampled just before each paint: the boxes a reader could see, first paint's and vis-timeline's.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { handOverFrames: string[] }).handOverFrames = seen;
    const shown = (selector: string) =>
      [...document.querySelectorAll(`[data-testid=timeline] ${selector}`)].filter((node) => {
        const box = node.getBoundingClientRect();
        return box.width > 0 && getComputedStyle(node).visibility === "visible";
      }).length;
    const sample = () => {
      seen.push(`${shown(".timeline-preview [data-event-id]")}/${shown(".vis-item[data-event-id]")}`);
      if (seen.length < 600) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  release();
  await expect(page.locator(".vis-timeline")).toBeVisible();
  // vis-timeline drew in a container of its own, not among the first paint's nodes.
  expect(await page.locator(".timeline-live .vis-timeline").count()).toBe(1);
  const frames = await page.evaluate(() => (window as unknown as { handOverFrames: string[] }).handOverFrames);
  const mixed = frames.filter((frame) => !/^(\d+\/0|0\/\d+)$/.test(frame) || frame === "0/0");
  expect(mixed, `frames showing both timelines or neither: ${frames.join(" ")}`).toEqual([]);
  expect(frames.at(-1)).toMatch(/^0\/[1-9]/);
});

test("a deep link's event is marked in the preview, with its detail beside it", async ({ page }) => {
  await holdTimelineChunk(page);
  const target = byDate[5]!;
  await page.goto(`/#/event/${target.id}`);
  await expect(page.getByTestId("timeline-preview")).toBeVisible();
  await expect(timelineItem(page, target.id)).toBeInViewport();
  await expect(timelineItem(page, target.id)).toHaveAttribute("aria-current", "true");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", target.id);
});

test("in Arabic the preview runs right to left, like the timeline", async ({ page }) => {
  await holdTimelineChunk(page);
  await page.goto("/?lang=ar");
  await expect(page.getByTestId("timeline-preview")).toBeVisible();
  const first = await timelineItem(page, byDate[0]!.id).boundingBox();
  const last = await timelineItem(page, byDate.at(-1)!.id).boundingBox();
  expect(first!.x).toBeGreaterThan(last!.x);
});

/** Blocks every script file: what shows is the page as built, before any script has loaded. */
const withoutAppScripts = (page: Page) => page.route(/\/assets\/[\w-]+\.js$/, (route) => route.abort());

test("the built page shows the opening view before any script has loaded", async ({ page }) => {
  await withoutAppScripts(page);
  await page.goto("/");
  for (const event of dataset.events) await expect(timelineItem(page, event.id)).toBeInViewport();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Iran–Syria/);
  await expect(eventDetail(page)).toHaveCount(0);
});

test("a deep link to one of the site's events or periods goes on to its page before any script has loaded", async ({ page, baseURL }) => {
  await withoutAppScripts(page);
  const target = byDate[5]!;
  await page.goto(`/#/event/${target.id}`);
  await expect(page).toHaveURL(`${baseURL}event/${target.id}/`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", target.id);
  await expect(timelineItem(page, target.id)).toBeInViewport();
  await expect(timelineItem(page, target.id)).toHaveAttribute("aria-current", "true");
  await page.goto("about:blank"); // a new load, not a hash change
  await page.goto("/?embed=1#/period/raisi-presidency");
  await expect(page).toHaveURL(`${baseURL}period/raisi-presidency/?embed=1`);
  await expect(page.getByTestId("period-detail")).toBeVisible();
  await expect(page.locator(".app-embed")).toBeVisible();
});

test("where the address asks for another view, the built page hides its own", async ({ page }) => {
  await withoutAppScripts(page);
  for (const query of ["?data=data/timeline.json", "?lang=ar", "?embed=1#/event/no-such-event", "?q=assad", "?categories=security"]) {
    await page.goto(`/${query}`);
    await expect(page.locator("[data-event-id]").first(), query).toBeHidden();
  }
});

test("the app takes over a prerendered deep link: same event, now in vis-timeline", async ({ page }) => {
  const target = byDate[5]!;
  await page.goto(`/#/event/${target.id}`);
  await timelineLive(page);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", target.id);
  await expect(timelineItem(page, target.id)).toHaveClass(/vis-selected/);
});

test("with ?data=, the dataset is fetched alongside the app, and vis-timeline only once the events show", async ({ page }) => {
  await serveFixture(page, "other.json", datasetCopy());
  // Hold the app's chunk: the dataset must be asked for all the same, by the page's small entry.
  let releaseApp!: () => void;
  const appReleased = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
    await appReleased;
    await route.continue();
  });
  const datasetRequested = page.waitForRequest("**/fixtures/other.json");
  // When the app's preview put its first box in the page (not the built page's own, which the
  // gate hides here), by the page's own clock.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector("#root:not([data-snapshot]) [data-testid=timeline-preview] [data-event-id]")) return;
      (window as { previewShownAt?: number }).previewShownAt = performance.now();
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto("/?data=fixtures/other.json");
  await datasetRequested;
  releaseApp();
  // The app, then vis-timeline's chunk, load only now: on a busy two-core machine, a while.
  await timelineLive(page, 20_000);
  // vis-timeline's chunk was not competing with what the first events needed.
  const { previewShownAt, visRequestedAt } = await page.evaluate(() => ({
    previewShownAt: (window as { previewShownAt?: number }).previewShownAt,
    visRequestedAt: performance.getEntriesByType("resource").find((e) => /\/TimelineView-[\w-]+\.js$/.test(e.name))?.startTime,
  }));
  expect(previewShownAt).toBeDefined();
  expect(visRequestedAt).toBeGreaterThan(previewShownAt!);
});

/** Presses Tab from the top of the page until the timeline has focus; how many presses it took. */
async function tabsToTimeline(page: Page): Promise<number> {
  // A click on the title (not focusable) puts the start of the Tab sequence at the top.
  await page.getByRole("heading", { level: 1 }).click();
  for (let presses = 1; presses <= 40; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "timeline")) return presses;
  }
  throw new Error("Tab never reached the timeline");
}

const focusedIsTimeline = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "timeline");

test("the keyboard meets one timeline before and after the hand-over: the same Tab stops, and focus kept on it", async ({ page }) => {
  const release = await holdTimelineChunk(page);
  await page.goto("/");
  await expect(page.getByTestId("timeline-preview")).toBeVisible();
  const before = await tabsToTimeline(page);
  // The arrow keys step through the events, and the timeline keeps focus as vis-timeline takes over.
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[1]!.id);
  release();
  await expect(page.locator(".vis-timeline")).toBeVisible();
  expect(await focusedIsTimeline(page)).toBe(true);
  await expect(timelineItem(page, byDate[1]!.id)).toHaveClass(/vis-selected/);
  await page.keyboard.press("ArrowRight");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[2]!.id);
  expect(await tabsToTimeline(page)).toBe(before);
});

test("focus on an event of the first-paint timeline stays in the timeline, on that event, when vis-timeline takes over", async ({
  page,
}) => {
  const release = await holdTimelineChunk(page);
  await page.goto("/");
  const target = byDate[2]!;
  // A click puts focus on the preview's link for the event, and selects it.
  await timelineItem(page, target.id).click();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", target.id);
  await expect(timelineItem(page, target.id)).toBeFocused();
  release();
  await expect(page.locator(".vis-timeline")).toBeVisible();
  expect(await focusedIsTimeline(page)).toBe(true);
  await expect(timelineItem(page, target.id)).toHaveClass(/vis-selected/);
  await page.keyboard.press("ArrowRight");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[3]!.id);
});

test("the keyboard walk reaches every event, on ten loads in a row", async ({ page }) => {
  // Ten page loads: on a shared two-core machine running two workers, far more than the default allows.
  test.setTimeout(180_000);
  for (let load = 0; load < 10; load++) {
    await page.goto("/");
    await tabsToTimeline(page);
    await page.keyboard.press("Home");
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[0]!.id);
    for (const event of byDate.slice(1)) {
      await page.keyboard.press("ArrowRight");
      await expect(eventDetail(page), `load ${load + 1}`).toHaveAttribute("data-event-id", event.id);
    }
    expect(await focusedIsTimeline(page)).toBe(true);
  }
});

test("a link followed from the prerendered page before the app runs selects in place once it runs, focus (ringed) on the new event's heading", async ({
  page,
}) => {
  let releaseApp!: () => void;
  const appReleased = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
    await appReleased;
    await route.continue();
  });
  const meeting = byDate.find((e) => e.sources.length >= 4)!;
  await page.goto(`./#/event/${meeting.id}`);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const link = eventDetail(page).getByTestId("source-panel").first().getByRole("link").first();
  const target = /event\/([^/]+)\/$/.exec((await link.getAttribute("href"))!)![1]!;
  await link.focus();
  await page.keyboard.press("Enter");
  releaseApp();
  await expect(page).toHaveURL(new RegExp(`/event/${target}/$`));
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", decodeURIComponent(target));
  const heading = eventDetail(page).getByRole("heading", { level: 2 }).first();
  await expect(heading).toBeFocused();
  // The key was pressed before the app was there: its focus ring shows all the same.
  expect(await heading.evaluate((el) => el.matches(":focus-visible"))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test("should the app never come, a link followed from the prerendered page opens that event's own page", async ({ page }) => {
  // The app's script never arrives (a stalled network).
  await page.route(/\/assets\/start-[\w-]+\.js$/, () => {});
  const meeting = byDate.find((e) => e.sources.length >= 4)!;
  await page.goto(`./#/event/${meeting.id}`);
  const link = eventDetail(page).getByTestId("source-panel").first().getByRole("link").first();
  const target = /event\/([^/]+)\/$/.exec((await link.getAttribute("href"))!)![1]!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/event/${target}/$`), { timeout: 10_000 });
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", decodeURIComponent(target));
});
