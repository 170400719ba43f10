import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { dataset, expect, test } from "./fixtures";

// A reporter's typing, key by key, on two busy cores.
test.describe.configure({ timeout: 90_000 });

const items = (page: Page, name: string) => page.getByRole("region", { name, exact: true }).locator("fieldset.item");
const preview = (page: Page) => page.frameLocator("iframe[title='Preview of the timeline']");

test("people and other spellings typed key by key keep their spaces and commas, in English and Arabic", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const event = items(page, "Events").first();
  const who = event.getByLabel(/^Who/);
  const spellings = event.getByLabel(/^Other spellings/);

  await who.click();
  await who.press("ControlOrMeta+a");
  await who.press("Backspace");
  await who.pressSequentially("Ali Khamenei, Bashar al-Assad");
  await expect(who).toHaveValue("Ali Khamenei, Bashar al-Assad");
  // The preview follows each key with the list the text reads as.
  const detail = preview(page).getByTestId("event-detail");
  await expect(detail).toHaveAttribute("data-event-id", dataset.events[0]!.id, { timeout: 15_000 });
  await expect(detail).toContainText("Ali Khamenei, Bashar al-Assad");

  await spellings.click();
  await spellings.press("ControlOrMeta+a");
  await spellings.press("Backspace");
  // The Arabic comma separates as the Latin one does.
  await spellings.pressSequentially("مسعود بزشكيان، بسام الصباغ");
  await expect(spellings).toHaveValue("مسعود بزشكيان، بسام الصباغ");
  // Read as a list once the field is left: shown with the list's own separator.
  await who.focus();
  await expect(spellings).toHaveValue("مسعود بزشكيان, بسام الصباغ");
  await expect(who).toHaveValue("Ali Khamenei, Bashar al-Assad");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const exported = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
  expect(exported.events[0].actors).toEqual(["Ali Khamenei", "Bashar al-Assad"]);
  expect(exported.events[0].aliases).toEqual(["مسعود بزشكيان", "بسام الصباغ"]);

  // Undo while the field has the focus takes the list back, and the field shows it.
  await who.click();
  await who.press("End");
  await who.pressSequentially(", Hassan");
  await expect(who).toHaveValue("Ali Khamenei, Bashar al-Assad, Hassan");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(who).not.toHaveValue(/Hassan/);
});

test("Export is no undo step: the ids it fixed stay fixed whatever is undone after it", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").first();
  await event.getByLabel("Date", { exact: true }).pressSequentially("2024-03-03");
  const title = event.getByLabel("Title", { exact: true });
  await title.pressSequentially("Talks open");
  const id = event.getByLabel("Id", { exact: true });
  await expect(id).toHaveValue("2024-03-03-talks-open");

  await page.getByRole("button", { name: "Export", exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export anyway, as a draft" }).click();
  await downloading;

  // Undo takes back the last edit (the title typed), not the export.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(title).toHaveValue("");
  const kept = await id.inputValue();
  // The id no longer follows the title, as after any export.
  await title.pressSequentially("Trade talks");
  await expect(title).toHaveValue("Trade talks");
  await expect(id).toHaveValue(kept);
});
