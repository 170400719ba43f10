import type { Page } from "@playwright/test";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { expect, serveFixture, test, timelineLive } from "./fixtures";

// The opening view is drawn before the app (prerendered by the build, or for a `?data=` file by
// src/hydrate/firstPaint.ts) and then taken over by it: nothing on it may move at the hand-over.

/** A file with a description, which the header shows under the title. */
const described = () => ({
  ...(generateDataset(300, 3) as object),
  description: "A synthetic log, described: the header shows this line.",
});

/** Where the opening view's parts stand, rounded to the pixel (null: not drawn). */
const where = (page: Page) =>
  page.evaluate(() =>
    ["h1", ".app-description", "#search-input", "[data-testid=timeline]", "#timeline-hint", "#intro-heading", ".intro a"].map(
      (selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box ? [selector, ...[box.x, box.y, box.width, box.height].map(Math.round)] : [selector, null];
      },
    ),
  );

/** Holds the page's scripts until `release` is called: the page as it stands before any has run. */
async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/assets/*.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
]) {
  test.describe(`at ${width} px on a touch screen`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: width < 640 });

    test("a ?data= file's first paint drawn without the app: the app takes it over and nothing moves", async ({ page }) => {
      await serveFixture(page, "log.json", described());
      await page.goto("./?data=fixtures/log.json");
      await expect(page.getByTestId("timeline-preview").locator("a[data-event-id]").first()).toBeVisible();
      await expect(page.getByTestId("filter-summary")).toHaveCount(0);
      const before = await where(page);
      // A key wakes the app, as any reaching for the page does, and changes nothing on it.
      await page.keyboard.press("Shift");
      await expect(page.getByTestId("filter-summary")).toBeAttached();
      expect(await where(page)).toEqual(before);
    });
  });

  test.describe(`at ${width} px with a mouse`, () => {
    test.use({ viewport: { width, height } });

    test("the prerendered page: the app hydrates it, vis-timeline takes the timeline over, and nothing moves", async ({ page }) => {
      const release = await holdScripts(page);
      await page.goto("./", { waitUntil: "commit" });
      await expect(page.getByTestId("timeline-preview")).toBeVisible();
      // As the reader first sees it: styled (on a loaded machine, the layout can be read before the stylesheet is in).
      await page.waitForFunction(() =>
        [...document.querySelectorAll("link[rel=stylesheet]")].every((link) => (link as HTMLLinkElement).sheet),
      );
      const before = await where(page);
      release();
      await timelineLive(page);
      expect(await where(page)).toEqual(before);
    });
  });
}
