import type { Page } from "@playwright/test";
import { PARENT_ORIGIN, SITE_ORIGIN } from "../playwright.config";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { expect, serveFixture, test } from "./fixtures";

/** The heights an embed posts as it loads, in a host 320 px wide that sizes the iframe to each. */
const EXPLORER = `${SITE_ORIGIN}/`;

async function openAt320(page: Page, data?: string) {
  const query = data ? `?embed=1&data=${encodeURIComponent(data)}` : "?embed=1";
  await page.goto(`${PARENT_ORIGIN}/?${new URLSearchParams({ src: `${EXPLORER}${query}`, width: "320" })}`);
  const frame = page.frameLocator("#explorer");
  // vis-timeline has drawn and taken over from the first paint.
  await expect(frame.getByTestId("timeline").locator(".timeline-live:not(.timeline-live-drawing) .vis-timeline")).toBeVisible();
  return page.frame({ url: (u) => u.href.startsWith(EXPLORER) })!;
}

const heights = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { received: { data: { type?: string; height?: number } }[] }).received
      .filter((m) => m.data.type === "timeline:height")
      .map((m) => m.data.height!),
  );

/** Waits until the last height posted is the embed's own, from one look to the next. */
async function settle(page: Page) {
  const inner = page.frame({ url: (u) => u.href.startsWith(EXPLORER) })!;
  let previous = -1;
  await expect
    .poll(async () => {
      const now = await inner.evaluate(() => Math.ceil(document.getElementById("root")!.getBoundingClientRect().height));
      const settled = (await heights(page)).at(-1) === now && now === previous;
      previous = now;
      return settled;
    })
    .toBe(true);
}

for (const { name, data } of [
  { name: "the bundled timeline", data: undefined },
  { name: "a 21-event ?data= file", data: "fixtures/twenty-one.json" },
]) {
  test(`${name} at 320 px: no height is posted and then taken back, no blank gutter`, async ({ page }) => {
    await serveFixture(page, "twenty-one.json", generateDataset(21, 7));
    const inner = await openAt320(page, data);
    await settle(page);
    const told = await heights(page);
    // Each height the host hears stands: none is withdrawn for a smaller one as the page loads.
    told.forEach((height, i) => {
      expect(Math.min(...told.slice(i)), `heights posted: ${told.join(" → ")}`).toBe(height);
    });

    // Sized exactly to its content, the embed has no scrollbar and keeps no room for one.
    const edge = await inner.evaluate(() => {
      const html = document.documentElement;
      const root = document.getElementById("root")!;
      const ys = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => Math.floor(innerHeight * f));
      return {
        scrollWidth: html.scrollWidth,
        clientWidth: html.clientWidth,
        innerWidth,
        gutter: getComputedStyle(html).scrollbarGutter,
        misses: ys.filter((y) => {
          const hit = document.elementFromPoint(innerWidth - 2, y);
          return !hit || !root.contains(hit);
        }),
      };
    });
    expect(edge.scrollWidth).toBe(edge.clientWidth);
    expect(edge.clientWidth).toBe(edge.innerWidth);
    expect(edge.gutter).toBe("auto");
    expect(edge.misses, "points at the right edge off the embed's content").toEqual([]);
  });
}
