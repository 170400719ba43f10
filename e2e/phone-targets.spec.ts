import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Every explorer control on screen, scrolled through the whole page, shorter than a finger (44 px). */
async function shortControls(page: Page) {
  return page.evaluate(async () => {
    const found = new Set<string>();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
      const controls = document.querySelectorAll<HTMLElement>(
        ".app button, .app input:not([type=checkbox]):not([type=radio]), .app select, .app summary, .app li > a, .skip-link",
      );
      for (const control of controls) {
        // The timeline's own boxes are its events, drawn to their lanes, not controls.
        if (control.closest(".vis-timeline, .timeline-preview")) continue;
        const box = control.getBoundingClientRect();
        if (!control.getClientRects().length || box.bottom < 0 || box.top > window.innerHeight) continue;
        const name = `${control.outerHTML.slice(0, 70)} (${(control.getAttribute("aria-label") ?? control.textContent ?? "").trim().slice(0, 30)})`;
        if (box.height < 44) found.add(`${Math.round(box.width)}×${Math.round(box.height)} ${name}`);
      }
    }
    return [...found];
  });
}

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
