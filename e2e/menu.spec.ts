import type { Locator, Page } from "@playwright/test";
import { expect, test, timelineLive } from "./fixtures";

// The one Menu of a phone and of the embed: it stays where the reader tapped it, its controls open
// below it, a choice closes it, and Escape closes it with the focus back on the button.

const boxOf = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return [box.x, box.y, box.width, box.height].map(Math.round);
};

/** The top of the highest control the Menu shows, and what the reader finds on top there. */
function controlsTop(page: Page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>("#explorer-controls button, #category-filter button")].filter(
      (el) => el.getClientRects().length > 0,
    );
    return Math.min(...shown.map((el) => el.getBoundingClientRect().top));
  });
}

for (const { name, address } of [
  { name: "a phone", address: "./" },
  { name: "the embed on a phone", address: "./?embed=1" },
]) {
  test.describe(`the Menu on ${name}`, () => {
    test.use({ viewport: { width: 375, height: 812 } });

    test("opens below itself, stays where it was tapped, and a view chosen closes it", async ({ page }) => {
      await page.goto(address);
      await timelineLive(page);
      const menu = page.getByRole("button", { name: "Menu" });
      const before = await boxOf(menu);
      await menu.click();
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      await expect(page.getByRole("button", { name: "List" })).toBeVisible();
      expect(await boxOf(menu), "the Menu button does not move").toEqual(before);
      expect(await controlsTop(page), "its controls open below it").toBeGreaterThanOrEqual(before[1]! + before[3]!);
      // On top where it is: nothing the menu opened covers it.
      const centre = [before[0]! + before[2]! / 2, before[1]! + before[3]! / 2] as const;
      expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest(".menu-toggle") !== null, centre)).toBe(true);

      await page.getByRole("button", { name: "List" }).click();
      await expect(page.getByTestId("event-list")).toBeVisible();
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(page.getByRole("button", { name: "List" })).toBeHidden();
      await expect(menu).toBeFocused();
      expect(await boxOf(menu)).toEqual(before);
    });

    test("a category or a language chosen closes it, and Escape closes it with the focus back on Menu", async ({ page }) => {
      await page.goto(address);
      await timelineLive(page);
      const menu = page.getByRole("button", { name: "Menu" });
      await menu.click();
      const category = page
        .getByRole("group", { name: /categor/i })
        .getByRole("button")
        .first();
      await category.click();
      await expect(page).toHaveURL(/categories=/);
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeFocused();

      await menu.press("Enter");
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      await page.getByRole("button", { name: "List" }).focus();
      await page.keyboard.press("Escape");
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeFocused();

      await menu.click();
      await page.getByRole("button", { name: "العربية" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "ar");
      const menuAr = page.getByRole("button", { name: "الخيارات" });
      await expect(menuAr).toHaveAttribute("aria-expanded", "false");
      await expect(menuAr).toBeFocused();
    });
  });
}
