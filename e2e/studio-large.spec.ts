import type { Page } from "@playwright/test";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { largestStudioFile } from "../test-support/largestStudioFile.mjs";
import type { RawDataset } from "../test-support/rawDataset";
import { expect, test } from "./fixtures";

// A 10,000-event draft, opened, typed into and followed, on two busy cores.
test.describe.configure({ timeout: 240_000 });

const items = (page: Page, name: string) => page.getByRole("region", { name, exact: true }).locator("fieldset.item");
const preview = (page: Page) => page.frameLocator(".preview-pane iframe");

test("a 10,000-event draft draws only what is on screen, and is typed into, followed, undone and kept", async ({ page }) => {
  const data = generateDataset(10_000, 1);
  // One problem, far down: an event without a date.
  data.events[9000]!.date = "";
  await page.goto("./studio/");
  await page
    .getByLabel("Open a file")
    .setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });

  // The first events are there, and only a few of the ten thousand.
  const second = items(page, "Events").nth(1);
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(data.events[1]!.title, { timeout: 60_000 });
  expect(await page.locator(".studio-form *").count()).toBeLessThan(5000);
  expect(await items(page, "Events").count()).toBeLessThan(10);

  // Typed key by key: in the field, then in the preview.
  const title = second.getByLabel("Title", { exact: true });
  await title.click();
  await title.press("End");
  await title.pressSequentially(" (typed)");
  const typed = `${data.events[1]!.title} (typed)`;
  await expect(title).toHaveValue(typed);
  const detail = preview(page).getByTestId("event-detail");
  await expect(detail).toHaveAttribute("data-event-id", data.events[1]!.id, { timeout: 120_000 });
  await expect(detail).toContainText(typed, { timeout: 60_000 });

  // Undone as one step, and done again.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(title).toHaveValue(data.events[1]!.title);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(title).toHaveValue(typed);

  // The problem's link takes the reporter to the field, nine thousand events down, and focuses it.
  await page.getByRole("link", { name: /events\[9000\]\.date/ }).click({ timeout: 60_000 });
  const date = page.locator("#f-events-9000-date");
  await expect(date).toBeFocused();
  await expect(date).toBeInViewport();
  await expect(page.getByRole("group", { name: data.events[9000]!.title })).toBeVisible();
  expect(await page.locator(".studio-form *").count()).toBeLessThan(5000);

  // Kept as it changed: a reload brings the draft back, edit and all.
  await page.reload();
  await expect(items(page, "Events").nth(1).getByLabel("Title", { exact: true })).toHaveValue(typed, { timeout: 60_000 });
});

test("a long draft is checked and previewed in a worker, off the page's thread", async ({ page }) => {
  const data = generateDataset(2_000, 1);
  data.events[1500]!.date = "";
  await page.goto("./studio/");
  await page
    .getByLabel("Open a file")
    .setInputFiles({ name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  // Its problem is listed, from the worker, a moment after it opens.
  const problems = page.locator(".problem-list");
  await expect(problems.getByRole("link", { name: /events\[1500\]\.date/ })).toBeVisible({ timeout: 60_000 });
  await expect(preview(page).getByTestId("timeline").locator(".vis-item[data-event-id]").first()).toBeVisible({ timeout: 60_000 });
  // A problem typed is told, from the worker, once the typing pauses.
  const title = items(page, "Events").first().getByLabel("Title", { exact: true });
  await title.fill("");
  await title.pressSequentially("A");
  await title.press("Backspace");
  await expect(problems.getByRole("link", { name: /events\[0\]\.title/ })).toBeVisible({ timeout: 60_000 });
});

/** The bytes of array buffers the page (one heap with its preview frame) holds, once its garbage is collected. */
async function buffersHeld(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { backingStorageSize } = (await cdp.send("Runtime.getHeapUsage")) as { backingStorageSize: number };
  await cdp.detach();
  return backingStorageSize;
}

test("a long file is read once, by one worker that checks it and finds its preview, and the page neither copies nor keeps it", async ({
  page,
}) => {
  // Bytes copied by the page (and by its preview frame) with `Uint8Array.prototype.slice`.
  await page.addInitScript(() => {
    const slice = Uint8Array.prototype.slice;
    const seen = window as unknown as { copied: number };
    seen.copied = 0;
    Uint8Array.prototype.slice = function (this: Uint8Array, ...args: Parameters<typeof slice>) {
      const copy = slice.apply(this, args);
      seen.copied += copy.byteLength;
      return copy;
    } as typeof slice;
  });
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const data = generateDataset(5_000, 1);
  data.events[1500]!.date = "";
  const text = JSON.stringify(data);
  await page.goto("./studio/");
  await expect(page.getByText("Every change is kept in this browser.")).toBeVisible();
  const before = await buffersHeld(page);
  await page.getByLabel("Open a file").setInputFiles({ name: "long.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(page.locator(".problem-list").getByRole("link", { name: /events\[1500\]\.date/ })).toBeVisible({ timeout: 60_000 });
  await expect(preview(page).getByTestId("timeline").locator(".vis-item[data-event-id]").first()).toBeVisible({ timeout: 60_000 });
  // What the preview left out is told beside it: the event without a date.
  await expect(page.locator(".preview-note")).toContainText("Left out of the preview until their problems are mended (1)");
  // Opened, checked and previewed by one worker (it was three: one to open, one to check, one in the frame).
  expect(workers.filter((url) => /checkWorker/.test(url))).toHaveLength(1);
  // Not a byte of the draft copied on the page to be posted (it was twice the file: to the check, to the preview).
  const copied = await page.evaluate(() => (window as unknown as { copied: number }).copied);
  expect(copied).toBeLessThan(text.length / 10);
  // Nor kept: the opened file's slices were held by the page until the next file.
  expect((await buffersHeld(page)) - before).toBeLessThan(text.length / 2);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test("a long draft's form is whole again after a look at the preview", async ({ page }) => {
    const data = generateDataset(2_000, 1);
    await page.goto("./studio/");
    await page
      .getByLabel("Open a file")
      .setInputFiles({ name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
    const title = items(page, "Events").nth(1).getByLabel("Title", { exact: true });
    await expect(title).toHaveValue(data.events[1]!.title, { timeout: 60_000 });
    await title.scrollIntoViewIfNeeded();
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await expect(preview(page).getByTestId("timeline").locator("[data-event-id]").first()).toBeVisible({ timeout: 60_000 });
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    // Hidden, the items once measured 0 px each: all two thousand drawn at once, and the form failed.
    await title.click();
    await title.press("End");
    await title.pressSequentially(" (typed)");
    await expect(title).toHaveValue(`${data.events[1]!.title} (typed)`);
    await expect(page.locator(".part-failed")).toHaveCount(0);
    expect(await items(page, "Events").count()).toBeLessThan(10);
  });
});

test("the largest file the studio takes opens whole, and the page answers keys while it does", async ({ page }) => {
  // 20,000 events in about 19.5 MB: its draft is read, saved, checked and previewed a piece a task.
  const text = largestStudioFile();
  const data = JSON.parse(text) as RawDataset;
  await page.goto("./studio/");
  await expect(page.getByText("Every change is kept in this browser.")).toBeVisible();
  await page.getByLabel("Open a file").setInputFiles({ name: "largest.json", mimeType: "application/json", buffer: Buffer.from(text) });

  // The draft arrives: its first events in the form, only a few of them drawn.
  const first = items(page, "Events").first().getByLabel("Title", { exact: true });
  await expect(first).toHaveValue(data.events[0]!.title, { timeout: 120_000 });
  expect(await items(page, "Events").count()).toBeLessThan(10);
  // While it is still being saved, checked and previewed, keys typed land as they are typed.
  const title = page.getByLabel("Timeline title");
  await title.click();
  await title.press("End");
  await title.pressSequentially(" (typed)");
  const typed = `${data.title} (typed)`;
  await expect(title).toHaveValue(typed);

  // The check comes back, and the preview draws the draft as typed.
  await expect(page.getByText("No problems: the explorer will show this timeline as it is.")).toBeVisible({ timeout: 180_000 });
  const frame = preview(page);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(typed, { timeout: 180_000 });
  await expect(frame.getByTestId("timeline").locator(".vis-item[data-event-id]").first()).toBeVisible();

  // Kept whole: a reload brings back the draft, the key typed and all 20,000 events.
  await page.reload();
  await expect(page.getByLabel("Timeline title")).toHaveValue(typed, { timeout: 120_000 });
  await expect(items(page, "Events").first().getByLabel("Title", { exact: true })).toHaveValue(data.events[0]!.title);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator("#f-events-19999-title")).toHaveValue(data.events[19_999]!.title);
});

test("with many sources, an event's choice of another source is drawn once reached, and cites by pointer and by key", async ({ page }) => {
  // Fifty sources: each event lists those it cites, and offers the others in one choice.
  const data = generateDataset(1_000, 1);
  await page.goto("./studio/");
  await page
    .getByLabel("Open a file")
    .setInputFiles({ name: "sources.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  const uncited = (n: number) => data.sources.filter((s) => !data.events[n]!.sources.some((c) => c.source === s.id));
  const first = items(page, "Events").first();
  await expect(first.getByLabel("Title", { exact: true })).toHaveValue(data.events[0]!.title, { timeout: 60_000 });
  const another = first.getByRole("combobox", { name: "Cites" });
  // Only its prompt until the reporter reaches for it: fifty sources in every event drawn, or a
  // thousand in a long draft's, weighed on the form's first layout.
  await expect(another.locator("option")).toHaveCount(1);

  // By pointer: the sources not cited yet are there once it is pressed, and one is cited.
  await another.click();
  await expect(another.locator("option")).toHaveCount(uncited(0).length + 1);
  const picked = uncited(0).find((s) => s.outlet === null)!;
  await another.selectOption(picked.id);
  await expect(first.getByRole("checkbox", { name: picked.title!, exact: true })).toBeChecked();
  await expect(another.locator(`option[value="${picked.id}"]`)).toHaveCount(0);

  // By key: focused, and the next source chosen with the arrow.
  const second = items(page, "Events").nth(1);
  const cited = second.locator(".citation > label input[type=checkbox]:checked");
  await expect(cited).toHaveCount(data.events[1]!.sources.length);
  await second.getByRole("combobox", { name: "Cites" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(cited).toHaveCount(data.events[1]!.sources.length + 1);
});
