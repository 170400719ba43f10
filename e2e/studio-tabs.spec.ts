import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Two tabs typing key by key, on two busy cores.
test.describe.configure({ timeout: 90_000 });

const DB = "timeline-studio";

/** The key of the draft the studio will open next, as kept in the browser's storage. */
const keptOpen = (page: Page) =>
  page.evaluate(
    (db) =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open(db);
        request.onsuccess = () => {
          const opened = request.result;
          if (!opened.objectStoreNames.contains("drafts")) return resolve(undefined);
          const read = opened.transaction("drafts").objectStore("drafts").get("open");
          read.onsuccess = () => {
            resolve(read.result);
            opened.close();
          };
        };
      }),
    DB,
  );

/** A studio in a new tab, on the draft the first tab keeps open. */
async function twoTabs(page: Page) {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  // A new timeline is kept from its first change.
  await page.getByRole("button", { name: "Add source" }).click();
  const key = await page.getByLabel("Drafts").inputValue();
  await expect.poll(() => keptOpen(page)).toBe(key);
  const other = await page.context().newPage();
  await other.goto("./studio/");
  await expect(other.getByLabel("Drafts")).toHaveValue(key);
  return [page, other] as const;
}

const title = (page: Page) => page.getByLabel("Timeline title");
const description = (page: Page) => page.getByLabel("Description", { exact: true });
const tabNotice = (page: Page) => page.getByRole("status").filter({ hasText: "Another tab" });

test("two tabs on one draft keep each other's edits, field by field, also after a reload", async ({ page }) => {
  const [a, b] = await twoTabs(page);
  // Key by key in both at once.
  await Promise.all([title(a).pressSequentially("Title typed in A"), description(b).pressSequentially("Description typed in B")]);
  for (const tab of [a, b]) {
    await expect(title(tab)).toHaveValue("Title typed in A");
    await expect(description(tab)).toHaveValue("Description typed in B");
  }
  for (const tab of [a, b]) {
    await tab.reload();
    await expect(title(tab)).toHaveValue("Title typed in A");
    await expect(description(tab)).toHaveValue("Description typed in B");
  }
  // Neither lost a change of its own.
  await expect(tabNotice(a)).toHaveCount(0);
  await expect(tabNotice(b)).toHaveCount(0);
});

test("the same field changed in two tabs: the later wins in both, and the other tab names the field", async ({ page }) => {
  const [a, b] = await twoTabs(page);
  await title(a).pressSequentially("First, in A");
  await expect(title(b)).toHaveValue("First, in A");
  await title(b).click();
  await title(b).press("ControlOrMeta+a");
  await title(b).pressSequentially("Later, in B");
  await expect(title(a)).toHaveValue("Later, in B");
  await expect(tabNotice(a)).toContainText("“Timeline title”");
  await expect(tabNotice(b)).toHaveCount(0);
  await a.reload();
  await expect(title(a)).toHaveValue("Later, in B");
});

test("the studio's database deleted from another tab: the delete goes through, the studio says so and keeps the draft again", async ({
  page,
}) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await title(page).pressSequentially("Kept");
  await expect.poll(() => keptOpen(page)).toBe(await page.getByLabel("Drafts").inputValue());

  const other = await page.context().newPage();
  await other.goto("./favicon.svg");
  const outcome = await other.evaluate(
    (db) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase(db);
        request.onsuccess = () => resolve("deleted");
        request.onblocked = () => resolve("blocked");
        request.onerror = () => resolve(`failed: ${request.error?.message}`);
      }),
    DB,
  );
  expect(outcome).toBe("deleted");
  await expect(page.getByRole("alert")).toContainText("storage for the studio was deleted or cleared");
  await expect(page.getByRole("alert")).toContainText("Export");

  await title(page).press("End");
  await title(page).pressSequentially("!");
  await page.reload();
  await expect(title(page)).toHaveValue("Kept!");
});
