import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Each part of the studio (the form, the preview, the drafts, export) made to fail for real in the
// browser, as it fails in the world: a browser without an API the part needs (ResizeObserver, as
// before Safari 13.1), a storage that throws (IndexedDB's "UnknownError" of a damaged store), a
// browser that refuses the download. What a person sees: the part says it failed and why, the rest
// works, the draft is kept, and "Try again" draws the part anew once the cause is gone.

test.describe.configure({ timeout: 90_000 });

type Part = "form" | "preview" | "drafts" | "export";

/** Breaks `part` in every document the page loads, until `mend` (the studio's page and its preview
 * frame share this tab's session storage, so a frame loaded after `mend` is whole). */
async function breakPart(page: Page, part: Part) {
  await page.addInitScript((part: Part) => {
    if (sessionStorage.getItem("mended") === "yes") return;
    const inPreview = location.pathname.endsWith("/preview.html");
    const w = window as unknown as Record<string, unknown>;
    if ((part === "form" && !inPreview) || (part === "preview" && inPreview)) {
      w.keptResizeObserver = w.ResizeObserver;
      delete w.ResizeObserver;
    }
    if (part === "drafts") {
      w.keptGetAllKeys = IDBObjectStore.prototype.getAllKeys;
      IDBObjectStore.prototype.getAllKeys = () => {
        throw new DOMException("Internal error reading the backing store", "UnknownError");
      };
    }
    if (part === "export" && !inPreview) {
      w.keptCreateObjectURL = URL.createObjectURL;
      URL.createObjectURL = () => {
        throw new DOMException("Downloads are blocked on this computer", "SecurityError");
      };
    }
  }, part);
}

/** The cause gone: the API back, the storage whole, downloads allowed. */
async function mend(page: Page) {
  await page.evaluate(() => {
    sessionStorage.setItem("mended", "yes");
    const w = window as unknown as Record<string, unknown>;
    if (w.keptResizeObserver) w.ResizeObserver = w.keptResizeObserver;
    if (w.keptGetAllKeys) IDBObjectStore.prototype.getAllKeys = w.keptGetAllKeys as IDBObjectStore["getAllKeys"];
    if (w.keptCreateObjectURL) URL.createObjectURL = w.keptCreateObjectURL as typeof URL.createObjectURL;
  });
}

const failed = (page: Page, words: string) => page.getByRole("alert").filter({ hasText: words });
const preview = (page: Page) => page.frameLocator("iframe[title='Preview of the timeline']");
const drawnEvents = (page: Page) => preview(page).getByTestId("timeline").locator(".vis-item[data-event-id]");
const titleField = (page: Page) => page.getByLabel("Timeline title");
const TITLE = "Talks in Damascus, as typed";

async function openStudio(page: Page) {
  await page.goto("./studio/");
  await expect(page.getByRole("button", { name: "Start from the published timeline" })).toBeVisible();
}

async function startFromPublished(page: Page) {
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
}

/** The draft is kept: after a reload its title is there (in the form, where the form is whole). */
async function expectKeptAfterReload(page: Page, title: string) {
  await page.reload();
  await expect(titleField(page)).toHaveValue(title);
}

// Fixme, not passing: after typing and a reload, the restored draft sometimes has its title but no
// events (a defect in keeping the draft, open under issue 39; reproduced without any part failing
// by e2e/studio-reload.spec.ts on branch `journal`), so the preview has nothing to draw.
test.fixme("the form failing says so, while the preview still draws the draft and Export still downloads it", async ({ page }) => {
  await openStudio(page);
  await startFromPublished(page);
  await titleField(page).fill(TITLE);
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
  await breakPart(page, "form");
  await page.reload();

  const alert = failed(page, "The form failed");
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("ResizeObserver is not defined");
  await expect(titleField(page)).toHaveCount(0);
  // The rest works: the preview draws the draft, the drafts list it, Export downloads it.
  await expect(drawnEvents(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Drafts")).toContainText(TITLE);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/^talks-in-damascus.*\.json$/);

  await mend(page);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toHaveCount(0);
  await expect(titleField(page)).toHaveValue(TITLE);
  await titleField(page).fill(`${TITLE}, and after`);
  await expectKeptAfterReload(page, `${TITLE}, and after`);
});

test("the preview failing says so, while the form still takes every key and keeps it", async ({ page }) => {
  await breakPart(page, "preview");
  await openStudio(page);
  await startFromPublished(page);

  const alert = failed(page, "The preview failed");
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText("ResizeObserver is not defined");
  await titleField(page).fill(TITLE);
  await expect(titleField(page)).toHaveValue(TITLE);
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
  await expectKeptAfterReload(page, TITLE);
  await expect(failed(page, "The preview failed")).toBeVisible({ timeout: 30_000 });

  await mend(page);
  await failed(page, "The preview failed").getByRole("button", { name: "Try again" }).click();
  await expect(failed(page, "The preview failed")).toHaveCount(0);
  await expect(drawnEvents(page).first()).toBeVisible({ timeout: 30_000 });
});

test("the drafts failing to be listed says so, while the open draft is edited and kept", async ({ page }) => {
  await breakPart(page, "drafts");
  await openStudio(page);

  const alert = failed(page, "The list of drafts could not be read");
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("UnknownError: Internal error reading the backing store");
  await page.getByRole("button", { name: "New timeline" }).click();
  await titleField(page).fill(TITLE);
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
  await expectKeptAfterReload(page, TITLE);

  await mend(page);
  await failed(page, "The list of drafts could not be read").getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByLabel("Drafts").locator("option", { hasText: TITLE })).toHaveCount(1);
});

test("export failing says so, while the form and the preview go on, and it works once tried again", async ({ page }) => {
  await breakPart(page, "export");
  await openStudio(page);
  await startFromPublished(page);
  await titleField(page).fill(TITLE);

  await page.getByRole("button", { name: "Export", exact: true }).click();
  const alert = failed(page, "Export failed");
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Downloads are blocked on this computer");
  await titleField(page).fill(`${TITLE}, still`);
  await expect(titleField(page)).toHaveValue(`${TITLE}, still`);
  await expect(drawnEvents(page).first()).toBeVisible({ timeout: 30_000 });

  await mend(page);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toHaveCount(0);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/^talks-in-damascus.*\.json$/);
  await expectKeptAfterReload(page, `${TITLE}, still`);
});
