import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A reporter's first minutes in a new draft, typed key by key, on two busy cores.
test.describe.configure({ timeout: 90_000 });

const items = (page: Page, name: string) => page.getByRole("region", { name, exact: true }).locator("fieldset.item");
const preview = (page: Page) => page.frameLocator(".preview-pane iframe");

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

test("an event without a summary is no problem, and the preview draws it", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").pressSequentially("Talks");
  await page.getByRole("button", { name: "Add source" }).click();
  const source = items(page, "Sources").first();
  await source.getByLabel("Outlet", { exact: true }).pressSequentially("Al-Example News");
  await source.getByLabel("What the article reports").pressSequentially("Talks in Damascus.");
  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").first();
  await event.getByLabel("Date", { exact: true }).pressSequentially("2024-03-03");
  await event.getByLabel("Title", { exact: true }).pressSequentially("Ministers meet");
  await event.getByRole("checkbox", { name: "Al-Example News" }).check();

  await expect(page.locator(".problem-list")).not.toContainText(/summary/i);
  await expect(event.locator("[aria-invalid]")).toHaveCount(0);
  await expect(preview(page).getByTestId("timeline").locator("[data-event-id='2024-03-03-ministers-meet']")).toBeVisible();
  const pane = page.getByRole("region", { name: "Preview", exact: true });
  await expect(pane).not.toContainText("Summary is missing");

  // A summary typed and taken away again is no summary either.
  const summary = event.getByLabel("Summary", { exact: true });
  await summary.pressSequentially("x");
  await summary.press("Backspace");
  await expect(page.locator(".problem-list")).not.toContainText(/summary/i);

  const exported = await exportFile(page);
  expect(exported.events[0].summary).toBeNull();
});
