import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, serveFixture, test, timelineLive } from "./fixtures";

// Knight Lab's seventh_century example (TimelineJS3, MPL 2.0), and the same slides in Arabic: a
// count cut by the frame's edge reads as "258 ever" or "events", and a reader cannot tell what it
// holds. Every count and box drawn is wholly inside the frame, as the brief asks.

const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), "utf8");

type Rect = { left: number; right: number; top: number; bottom: number; what: string };

/** The counts and boxes drawn over the frame, at least partly: each one's rect, and the frame's. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector("[data-testid=timeline] .vis-center")!.getBoundingClientRect();
    const items: Rect[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      "[data-testid=timeline] .vis-item.event-crowd, [data-testid=timeline] .vis-item.vis-box[data-event-id]",
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= frame.left || r.left >= frame.right) continue;
      items.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, what: el.textContent ?? "" });
    }
    return { frame: { left: frame.left, right: frame.right }, items };
  });

const cut = ({ frame, items }: Awaited<ReturnType<typeof drawn>>) =>
  items
    .filter((r) => r.left < frame.left - 1 || r.right > frame.right + 1)
    .map((r) => `${r.what} ${Math.round(r.left)}–${Math.round(r.right)}`);

for (const { name, width, height } of [
  { name: "knightlab/seventh-ar.json", width: 1280, height: 800 },
  { name: "knightlab/seventh.json", width: 375, height: 812 },
  { name: "knightlab/seventh.json", width: 320, height: 640 },
]) {
  test(`${name} at ${width}: every count on the opening view is inside the frame`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await serveFixture(page, name, fixture(name));
    await page.goto(`./?data=fixtures/${name}`);
    await timelineLive(page);
    await expect(page.getByTestId("timeline").locator(".event-crowd").first()).toBeVisible();
    await expect.poll(async () => cut(await drawn(page))).toEqual([]);
  });
}

test("a pan keeps the counts inside the frame", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await serveFixture(page, "seventh.json", fixture("knightlab/seventh.json"));
  await page.goto("./?data=fixtures/seventh.json");
  await timelineLive(page);
  const center = page.getByTestId("timeline").locator(".vis-center");
  const box = (await center.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + 40, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => cut(await drawn(page))).toEqual([]);
});

for (const name of ["knightlab/seventh.json", "knightlab/seventh-ar.json"]) {
  test(`${name}: a click on a count leaves every box it shows inside the frame`, async ({ page }) => {
    await serveFixture(page, name, fixture(name));
    await page.goto(`./?data=fixtures/${name}`);
    await timelineLive(page);
    const counts = page.getByTestId("timeline").locator(".vis-item.event-crowd");
    await expect(counts.first()).toBeVisible();
    await expect.poll(async () => cut(await drawn(page))).toEqual([]);
    const lefts = () =>
      page
        .getByTestId("timeline")
        .locator(".vis-item")
        .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().left));
    // Two reads alike, a poll apart: the window has stopped moving (under load it glides slowly,
    // and a count seen mid-move may be gone when it stops).
    let previous = "";
    const settled = () =>
      expect
        .poll(async () => {
          const now = JSON.stringify(await lefts());
          const same = now === previous;
          previous = now;
          return same;
        })
        .toBe(true);
    // The first count, then the last one the new window shows (at the frame's other edge).
    for (const count of [counts.first(), counts.last()]) {
      await settled();
      if (!(await counts.count())) break;
      const before = await lefts();
      await count.click();
      // The window moves to the count's events: once it has, nothing it draws is cut.
      await expect.poll(lefts).not.toEqual(before);
      await expect.poll(async () => cut(await drawn(page))).toEqual([]);
    }
  });
}
