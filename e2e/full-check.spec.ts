import { generateDataset } from "../test-support/generateDataset.mjs";
import { expect as baseExpect, serveFixture, test } from "./fixtures";

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
  // The timeline is gone: no half-checked timeline stays beside the alert.
  await expect(page.locator("[data-testid=timeline] [data-event-id]")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { seen: { eventBeforeAlert: boolean } }).seen.eventBeforeAlert)).toBe(true);
});
