import type { CDPSession, Page } from "@playwright/test";
import { byDate, expect, firstPaintItem, test, timelineItem, timelineLive } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

type Point = { x: number; y: number };

/** Real touch events through the DevTools protocol: fingers move in steps, as a hand does. */
async function gesture(page: Page, cdp: CDPSession, from: Point[], to: Point[], steps = 20) {
  const at = (t: number) => from.map((p, i) => ({ x: p.x + (to[i]!.x - p.x) * t, y: p.y + (to[i]!.y - p.y) * t, id: i + 1 }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let s = 1; s <= steps; s++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(s / steps) });
    // A frame apart, as real fingers report.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

/** A short swipe across the timeline: on a phone, vis-timeline comes at the first pan. */
async function wake(page: Page, cdp: CDPSession) {
  const box = (await page.getByTestId("timeline").boundingBox())!;
  const y = box.y + 20;
  // The swipe wakes the app, then brings vis-timeline (phone.spec.ts tests that on its own). These
  // tests are about the gestures after it: a second swipe, as a reader would, where the first was not
  // taken (seen on a loaded machine, not yet explained; see the issue note).
  await gesture(page, cdp, [{ x: box.x + 200, y }], [{ x: box.x + 150, y }], 5);
  if (
    !(await page
      .locator(".vis-timeline")
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      ))
  )
    await gesture(page, cdp, [{ x: box.x + 200, y }], [{ x: box.x + 150, y }], 5);
  await timelineLive(page, 15_000);
}

/** Where an item sits on screen: enough to see pans and zooms. */
const itemX = async (page: Page, id: string) => (await timelineItem(page, id).boundingBox())!.x;

test("touch: a swipe pans the timeline and a pinch zooms it", async ({ page }) => {
  const [a, b] = [byDate[0]!, byDate[1]!];
  await page.goto("./");
  const cdp = await page.context().newCDPSession(page);
  await wake(page, cdp);
  const box = (await page.getByTestId("timeline").boundingBox())!;
  const y = box.y + 30; // above the stacked items, on the timeline background

  const before = await itemX(page, a.id);
  // A swipe to the right: the earliest events, which open near the left edge, stay on screen.
  await gesture(page, cdp, [{ x: box.x + 150, y }], [{ x: box.x + 250, y }]);
  await expect.poll(() => itemX(page, a.id)).toBeGreaterThan(before + 20);

  const gap = async () => (await itemX(page, b.id)) - (await itemX(page, a.id));
  const gapBefore = await gap();
  // Pinch between the two items, so that zooming in spreads them apart around the fingers (kept
  // on screen, wherever the pan left the items).
  const between = ((await itemX(page, a.id)) + (await itemX(page, b.id))) / 2 + 90;
  const mid = Math.min(Math.max(between, box.x + 60), box.x + box.width - 60);
  await gesture(
    page,
    cdp,
    [
      { x: mid - 15, y },
      { x: mid + 15, y },
    ],
    [
      { x: mid - 55, y },
      { x: mid + 55, y },
    ],
  );
  await expect.poll(gap).toBeGreaterThan(gapBefore * 1.5);
});

test("touch: a tap selects an event", async ({ page }) => {
  await page.goto("./");
  await firstPaintItem(page, byDate[2]!.id).tap();
  await expect(page.getByTestId("event-detail")).toHaveAttribute("data-event-id", byDate[2]!.id);
});

test("touch: a vertical swipe on the timeline scrolls the page, and leaves the timeline where it was", async ({ page }) => {
  await page.goto("./");
  const cdp = await page.context().newCDPSession(page);
  await wake(page, cdp);
  const box = (await page.getByTestId("timeline").boundingBox())!;
  const x = box.x + 20; // the timeline's background, left of the items
  const y = Math.min(box.y + box.height - 40, 700);
  const before = await itemX(page, byDate[0]!.id);
  await gesture(page, cdp, [{ x, y }], [{ x, y: y - 300 }]);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
  expect(Math.abs((await itemX(page, byDate[0]!.id)) - before)).toBeLessThan(2);
});

test("touch: the hint under the timeline speaks of touch", async ({ page }) => {
  await page.goto("./");
  const hint = page.locator("#timeline-hint");
  await expect(hint.getByText(/Swipe sideways/)).toBeVisible();
  await expect(hint.getByText(/Drag or swipe to pan/)).toBeHidden();
});
