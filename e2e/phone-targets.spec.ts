import type { Page } from "@playwright/test";
import { controlsOutOfReach, expect, test } from "./fixtures";

/** Every explorer control down the whole page shorter than a finger (44 px). */
const shortControls = (page: Page) =>
  controlsOutOfReach(page, {
    controls: ".app button, .app input:not([type=checkbox]):not([type=radio]), .app select, .app summary, .app li > a, .skip-link",
    skip: ".vis-timeline, .timeline-preview",
  });

for (const width of [375, 320]) {
  test.describe(`explorer on a phone, ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

    test("every control, the menu's too, is at least 44 px tall", async ({ page }) => {
      await page.goto("./");
      await page.getByRole("button", { name: "Menu" }).click();
      await page.getByRole("button", { name: "List" }).click();
      await expect(page.locator(".event-list li a").first()).toBeVisible();
      await expect(page.getByRole("searchbox").first()).toBeVisible();
      expect(await shortControls(page)).toEqual([]);
    });
  });
}
