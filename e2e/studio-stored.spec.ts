import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Drafts that reach the studio from elsewhere than a file: the browser's storage (IndexedDB, as an
// older studio or a damaged store left them), the journal a leaving page wrote (localStorage), and
// another tab. Each is read as a file is: whatever its shape, the studio opens, lists what it had
// to empty by its path, and draws the rest; never a blank page.

test.describe.configure({ timeout: 90_000 });

const DB = "timeline-studio";
const KEY = "damaged-1";
/** What an older or damaged studio could have kept: a title that is an object, no events at all. */
const DAMAGED = {
  version: 1,
  title: { en: "Talks in Damascus" },
  description: 42,
  categories: [{ id: "talks", label: "Talks", color: "#336699" }],
  sources: [{ id: "s1", outlet: "A paper", url: "https://example.org/a", publisher: null }, null],
  events: null,
};

/** Seeds the browser's storage before the studio opens: `record` kept as draft `KEY`, open last. */
async function seedStore(page: Page, record: unknown) {
  await page.goto("./studio/preview.html");
  await page.evaluate(
    ([db, key, record]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(db as string);
        request.onupgradeneeded = () => request.result.createObjectStore("drafts");
        request.onsuccess = () => {
          const opened = request.result;
          const tx = opened.transaction("drafts", "readwrite");
          tx.objectStore("drafts").put(record, `draft:${key as string}`);
          tx.objectStore("drafts").put(key, "open");
          tx.oncomplete = () => {
            opened.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    [DB, KEY, record] as const,
  );
}

const notes = (page: Page) => page.getByRole("status").filter({ hasText: "to fit the format" });
const titleField = (page: Page) => page.getByLabel("Timeline title");

/** The studio whole: its form, its toolbar and its preview's place, no part failed, nothing blank. */
async function expectWhole(page: Page) {
  await expect(titleField(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add event" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
}

test("a damaged draft kept in IndexedDB opens with its problems listed by path", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await seedStore(page, { key: KEY, dataset: DAMAGED, publishArticles: "no", savedAt: 1 });
  await page.goto("./studio/");
  await expectWhole(page);
  await expect(page.getByLabel("Drafts")).toHaveValue(KEY);
  await expect(notes(page)).toContainText("title: an object where text belongs");
  await expect(notes(page)).toContainText("events: null where a list belongs");
  await expect(notes(page)).toContainText("sources[1]: null where an item belongs");
  await expect(page.getByLabel("Outlet").first()).toHaveValue("A paper");
  await titleField(page).fill("Mended");
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
  await page.reload();
  await expect(titleField(page)).toHaveValue("Mended");
  expect(errors).toEqual([]);
});

test("a kept draft in pieces whose piece is damaged opens with what could be read", async ({ page }) => {
  await seedStore(page, {
    key: KEY,
    dataset: { ...DAMAGED, events: undefined, title: "Pieces", categories: "none" },
    publishArticles: false,
    savedAt: 1,
    chunks: { sources: null, events: null, periods: 0 },
  });
  await page.goto("./studio/");
  await expectWhole(page);
  await expect(titleField(page)).toHaveValue("Pieces");
  await expect(notes(page)).toContainText("categories: text where a list belongs");
});

test("a damaged draft a leaving page journalled in localStorage opens with its problems listed", async ({ page }) => {
  await page.goto("./studio/preview.html");
  await page.evaluate(
    ([key, dataset]) =>
      localStorage.setItem("timeline-studio:unsaved", JSON.stringify({ key, dataset, publishArticles: false, savedAt: Date.now() })),
    [KEY, { ...DAMAGED, title: 7, events: [null, { id: "e1", title: ["x"] }] }] as const,
  );
  await page.goto("./studio/");
  await expectWhole(page);
  await expect(page.getByLabel("Drafts")).toHaveValue(KEY);
  await expect(notes(page)).toContainText("title: a number where text belongs");
  await expect(notes(page)).toContainText("events[0]: null where an item belongs");
});

test("a damaged change posted by another tab is read as a file is: the studio goes on, the field emptied and said", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByRole("button", { name: "Add event" }).click();
  const key = await page.getByLabel("Drafts").inputValue();
  const other = await page.context().newPage();
  await other.goto("./studio/preview.html");
  await other.evaluate((key) => {
    const channel = new BroadcastChannel("timeline-studio-drafts");
    const at = Date.now() + 1000;
    channel.postMessage({
      key,
      writes: [
        { path: ["title"], value: { en: "x" }, at, tab: "zz" },
        { path: ["events"], value: null, at, tab: "zz" },
        { path: ["categories", 0, "label"], value: [1], at, tab: "zz" },
      ],
    });
  }, key);
  await expectWhole(page);
  await expect(notes(page)).toContainText("title: an object where text belongs");
  await expect(notes(page)).toContainText("events: null where a list belongs");
  await titleField(page).fill("Still here");
  await expect(titleField(page)).toHaveValue("Still here");
});

test("a long draft's preview failing in one of its steps says so in the preview's place, and Try again draws anew", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const frame = page.frameLocator("iframe[title='Preview of the timeline']");
  await expect(frame.getByTestId("timeline").locator(".vis-item[data-event-id]").first()).toBeVisible({ timeout: 30_000 });
  // A long draft's slice that cannot be read (as a damaged or overlong slice would be), as the studio posts it.
  await page.evaluate(() => {
    const iframe = document.querySelector<HTMLIFrameElement>("iframe[title='Preview of the timeline']")!;
    iframe.contentWindow!.postMessage(
      {
        type: "studio:draft",
        draftKey: "long",
        dataset: null,
        preview: { head: null, events: [new TextEncoder().encode("[{not json")], leftOut: [] },
        editingEventId: null,
        untitled: "Untitled",
      },
      location.origin,
    );
  });
  const alert = page.getByRole("alert").filter({ hasText: "The preview failed" });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText("JSON");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toHaveCount(0);
  await expect(frame.getByTestId("timeline").locator(".vis-item[data-event-id]").first()).toBeVisible({ timeout: 30_000 });
});
