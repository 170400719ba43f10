import { expect, test } from "./fixtures";

// A note for readers being added: no problem said before the reporter has had a chance to type it,
// and the event stays in the preview meanwhile. Typed key by key.
test.describe.configure({ timeout: 90_000 });

const preview = (page: import("@playwright/test").Page) => page.frameLocator("iframe[title='Preview of the timeline']");

test("a new note for readers is not called missing until it is left empty, and its event stays in the preview", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const event = page.getByRole("region", { name: "Events", exact: true }).locator("fieldset.item").first();
  const id = await event.getByLabel("Id", { exact: true }).inputValue();
  await event.getByLabel("Title", { exact: true }).focus();
  const detail = preview(page).getByTestId("event-detail");
  await expect(detail).toHaveAttribute("data-event-id", id, { timeout: 15_000 });

  await event.getByRole("button", { name: "Add a note for readers" }).click();
  const note = event.getByLabel("Note for readers", { exact: true });
  await expect(note).toBeVisible();
  const missing = event.locator(".updates .field-problems", { hasText: "Note for readers is missing" });
  // Not said beside the note while it is to be written (the list of problems, checked, has it),
  // and the event is still drawn.
  await note.focus();
  await expect(page.locator("#problems-heading")).toHaveText("Problems (1 problem)");
  await expect(note).not.toHaveAttribute("aria-invalid", "true");
  await expect(missing).toHaveCount(0);
  await expect(page.locator(".preview-note", { hasText: "Left out of the preview" })).toHaveCount(0);
  await expect(detail).toHaveAttribute("data-event-id", id);

  // Left empty: now said.
  await note.blur();
  await expect(missing).toBeVisible();
  // Typed: gone, and the note is in the preview.
  await note.pressSequentially("The minister was misnamed.");
  await expect(missing).toHaveCount(0);
  await event.getByLabel("Title", { exact: true }).focus();
  await expect(detail).toContainText("The minister was misnamed.");
});
