import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A reporter's hands on the studio: going back from Export, notes for readers, a phone. Typed key by key.
test.describe.configure({ timeout: 90_000 });

const items = (page: Page, name: string) => page.getByRole("region", { name, exact: true }).locator("fieldset.item");

/** Counts the files downloaded: going back from Export downloads none. */
function countDownloads(page: Page) {
  const downloads: string[] = [];
  page.on("download", (download) => downloads.push(download.suggestedFilename()));
  return downloads;
}

test("the export's confirmation can be left, by Cancel or Escape, back on Export with nothing downloaded", async ({ page }) => {
  const downloads = countDownloads(page);
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").pressSequentially("Talks in Doha");
  const exportButton = page.getByRole("button", { name: "Export", exact: true });
  const confirm = page.locator(".export-confirm");

  // A draft with no event yet has a problem: Export says so first.
  await exportButton.click();
  await expect(confirm).toContainText("problem");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await exportButton.press("Enter");
  await expect(confirm).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Export anyway, as a draft" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  // Going on editing after going back, and Export then does download.
  const title = page.getByLabel("Timeline title");
  await title.click();
  await title.press("End");
  await title.pressSequentially(", 2024");
  expect(downloads).toEqual([]);
  const downloading = page.waitForEvent("download");
  await exportButton.click();
  await confirm.getByRole("button", { name: "Export anyway, as a draft" }).click();
  const exported = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
  expect(exported.title).toBe("Talks in Doha, 2024");
  expect(downloads).toHaveLength(1);
});

test("in Arabic, the notes asked at export are left by Escape or إلغاء and kept for the next Export", async ({ page }) => {
  const downloads = countDownloads(page);
  await page.goto("./studio/?lang=ar");
  await page.getByRole("button", { name: "ابدأ من الخط الزمني المنشور" }).click();
  const title = items(page, "الأحداث").first().getByLabel("العنوان", { exact: true });
  await title.click();
  await title.press("End");
  await title.pressSequentially(" (محدّث)");

  const exportButton = page.getByRole("button", { name: "تصدير", exact: true });
  const notes = page.getByTestId("change-notes");
  await exportButton.click();
  const note = notes.getByRole("textbox");
  await note.pressSequentially("أضيف مصدر جديد");
  await note.press("Escape");
  await expect(notes).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await exportButton.click();
  await expect(notes.getByRole("textbox")).toHaveValue("أضيف مصدر جديد");
  await notes.getByRole("button", { name: "إلغاء" }).click();
  await expect(notes).toHaveCount(0);
  await expect(exportButton).toBeFocused();
  await expect(title).toHaveValue(/ \(محدّث\)$/);
  expect(downloads).toEqual([]);
});
