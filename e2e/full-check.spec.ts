import { generateDataset } from "../test-support/generateDataset.mjs";
import { expect as baseExpect, serveFixture, test, timelineLive } from "./fixtures";

// A large log's first screen is drawn before its full check (docs/performance.md, "The first
// screen before the full check"); a problem only that check finds still ends in the alert.
// Reading 20,000 events takes seconds on a loaded machine: the waits allow for it (no assertion is
// about time).
const expect = baseExpect.configure({ timeout: 30_000 });

const SIZE = 20_000;
const log = generateDataset(SIZE, 11, "dense") as { events: { sources: { source: string }[] }[] };
// The last event in the file cites a source that does not exist: drawing does not need its sources.
const last = log.events[SIZE - 1]!;
const dangling = { ...log, events: [...log.events.slice(0, -1), { ...last, sources: [{ source: "no-such-source", quotes: [] }] }] };

test("a dense 20,000-event log whose last event cites no source: the first screen shows, then the alert names the problem", async ({
  page,
}) => {
  await serveFixture(page, "dangling.json", JSON.stringify(dangling));
  // Whether one of the log's events (ids "event-N": not the page's bundled dataset, prerendered in
  // its HTML) was ever on screen before the alert: the early path drew it.
  await page.addInitScript(() => {
    const seen = { event: false, eventBeforeAlert: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      const event = !!document.querySelector('[data-testid=timeline] [data-event-id^="event-"]');
      const alert = !!document.querySelector("[role=alert]");
      seen.event ||= event;
      seen.eventBeforeAlert ||= event && !alert;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("./?data=fixtures/dangling.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("fixtures/dangling.json");
  await expect(alert).toContainText("does not match the timeline format (1 problem)");
  await expect(alert).toContainText(`events[${SIZE - 1}].sources[0].source: no source has the id "no-such-source"`);
  // It says the timeline was shown while the file was still being checked.
  await expect(alert).toContainText("The timeline was shown while the rest of the file was being checked; the check found this problem.");
  await expect(page.getByTestId("checking-notice")).toHaveCount(0);
  // The timeline is gone: no half-checked timeline stays beside the alert.
  await expect(page.locator("[data-testid=timeline] [data-event-id]")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { seen: { eventBeforeAlert: boolean } }).seen.eventBeforeAlert)).toBe(true);
});

/** Holds the dataset worker's "checked" (its full check passed) in the page until `releaseCheck()`:
 * the check's end comes when the test says, however fast the machine. */
async function holdFullCheck(page: import("@playwright/test").Page) {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    let holding = true;
    const hooks = window as unknown as { releaseCheck: () => void };
    hooks.releaseCheck = () => {
      holding = false;
      for (const deliver of held.splice(0)) deliver();
    };
    const Native = window.Worker;
    window.Worker = class extends Native {
      set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = (event: MessageEvent) => {
          if (holding && (event.data as { type?: string } | null)?.type === "checked") held.push(() => handler?.call(this, event));
          else handler?.call(this, event);
        };
      }
      get onmessage() {
        return super.onmessage;
      }
    };
  });
}

const sound = generateDataset(SIZE, 11, "dense");

test("a large log shown before its full check says so, without moving the timeline, until the check passes", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await serveFixture(page, "sound.json", JSON.stringify(sound));
  await holdFullCheck(page);
  await page.goto("./?data=fixtures/sound.json#/event/event-5");
  const status = page.getByTestId("checking-notice");
  await expect(status).toHaveRole("status");
  await expect(status).toHaveText("Checking the rest of the file…");
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator('[data-event-id="event-5"]').first()).toBeVisible();
  await expect(page.getByTestId("event-detail")).toBeVisible();
  await timelineLive(page);
  // A plain log's first screen is drawn from its columns: the detail grows once the event's record
  // (its summary and sources) follows. Measured after that, the status alone is left to move things.
  const summary = sound.events.find((event) => event.id === "event-5")!.summary;
  await expect(page.getByTestId("event-detail")).toContainText(summary.slice(0, 40));
  // Where the timeline, the selected event's box and the detail are: measured twice, a few frames
  // apart, until the live timeline has settled.
  const boxes = () =>
    page.evaluate(async () => {
      const measure = () =>
        ["[data-testid=timeline]", "[data-testid=timeline] .vis-item[data-event-id=event-5]", "[data-testid=event-detail]"].map(
          (selector) => {
            const element = document.querySelector(selector);
            if (!element) return null;
            const { x, y, width, height } = element.getBoundingClientRect();
            return { selector, x, y, width, height };
          },
        );
      const first = measure();
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      const second = measure();
      return JSON.stringify(first) === JSON.stringify(second) ? second : null;
    });
  let whileChecking: Awaited<ReturnType<typeof boxes>> = null;
  await expect(async () => {
    whileChecking = await boxes();
    expect(whileChecking?.every(Boolean)).toBe(true);
  }).toPass();
  await expect(status).toBeVisible();
  await page.evaluate(() => (window as unknown as { releaseCheck: () => void }).releaseCheck());
  await expect(status).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(async () => {
    const after = await boxes();
    expect(after?.every(Boolean)).toBe(true);
    after!.forEach((box, i) => {
      const before = whileChecking![i]!;
      for (const side of ["x", "y", "width", "height"] as const)
        expect(Math.abs(box![side] - before[side]), `${box!.selector} ${side}`).toBeLessThanOrEqual(1);
    });
  }).toPass();
});
