import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A reporter's first minutes in a new draft, typed key by key, on two busy cores.
test.describe.configure({ timeout: 90_000 });

const items = (page: Page, name: string) => page.getByRole("region", { name, exact: true }).locator("fieldset.item");

async function exportFile(page: Page) {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const anyway = page.getByRole("button", { name: "Export anyway, as a draft" });
  if (await anyway.isVisible()) await anyway.click();
  return JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
}

test("a new draft's category is named by typing over its default, and its id follows the name", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  const categories = page.getByRole("group", { name: "Categories" });
  const label = categories.getByLabel("Category label");
  await expect(label).toHaveValue("General");
  await label.click();
  await label.pressSequentially("Diplomacy");
  await expect(label).toHaveValue("Diplomacy");
  await expect(categories.getByLabel("Id", { exact: true })).toHaveValue("diplomacy");

  // Once named, a click puts the caret where it lands: a typo is mended, not the name replaced.
  await label.click();
  await label.press("End");
  await label.pressSequentially(" and war");
  await expect(label).toHaveValue("Diplomacy and war");
  await expect(categories.getByLabel("Id", { exact: true })).toHaveValue("diplomacy-and-war");

  await page.getByRole("button", { name: "Add event" }).click();
  const category = items(page, "Events").first().getByLabel("Category");
  await expect(category).toHaveValue("diplomacy-and-war");
  await expect(category.locator("option:checked")).toHaveText("Diplomacy and war");

  const exported = await exportFile(page);
  expect(exported.categories).toEqual([{ id: "diplomacy-and-war", label: "Diplomacy and war" }]);
  expect(exported.events[0].category).toBe("diplomacy-and-war");
});
