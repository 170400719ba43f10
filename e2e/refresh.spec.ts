import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";

type Box = NonNullable<Awaited<ReturnType<Locator["boundingBox"]>>>;
import { PARENT_ORIGIN, SITE_ORIGIN } from "../playwright.config";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { byDate, dataset, datasetCopy, eventDetail, expect, test } from "./fixtures";

// The file itself changes on the test server (the built site's folder, which `vite preview` serves
// with an ETag and Last-Modified, and answers a matching If-None-Match with a 304).
const LIVE = new URL("../dist/live/", import.meta.url);
const REFRESH = 2;
const SELECTED = byDate[3]!.id;

function publish(name: string, change?: (data: ReturnType<typeof datasetCopy>) => void, refresh = REFRESH) {
  const data = datasetCopy();
  data.refresh = refresh;
  change?.(data);
  mkdirSync(LIVE, { recursive: true });
  writeFileSync(new URL(name, LIVE), JSON.stringify(data));
}

/** The next version: one event's summary corrected, one event added. */
const nextVersion = (data: ReturnType<typeof datasetCopy>) => {
  const corrected = data.events.find((e) => e.id === SELECTED)!;
  corrected.summary = "A corrected summary.";
  (corrected as unknown as Record<string, unknown>).updates = [{ date: "2024-12-07", kind: "correction", note: "The summary was wrong." }];
  data.events.push({ ...structuredClone(data.events[0]!), id: "2024-12-07-new-event", date: "2024-12-07", title: "A new event" });
};

/** Every request for the live file, with what the page sent and what the server answered. */
function watchFile(page: Page, name: string) {
  const seen: { ifNoneMatch: string | null; status: number; etag: string | null }[] = [];
  page.on("response", (response) => {
    if (!response.url().endsWith(`/live/${name}`)) return;
    const headers = response.request().headers();
    seen.push({ ifNoneMatch: headers["if-none-match"] ?? null, status: response.status(), etag: response.headers()["etag"] ?? null });
  });
  return seen;
}

const checks = (seen: ReturnType<typeof watchFile>) => seen.slice(1);

/** A file name of this test's own, removed once it ends. */
const ownFile = test.extend<{ name: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first argument
  name: async ({}, use, info) => {
    const name = `${info.title.slice(0, 8).replace(/\W/g, "-")}-${info.workerIndex}-${info.repeatEachIndex}-${info.retry}.json`;
    await use(name);
    rmSync(new URL(name, LIVE), { force: true });
  },
});

ownFile("a page left open notices a new version, says what changed, and keeps the reader's place", async ({ page, name }) => {
  publish(name);
  const seen = watchFile(page, name);
  await page.goto(`./?data=live/${name}#/event/${SELECTED}`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", SELECTED);
  const copyLink = eventDetail(page).getByRole("button", { name: "Copy link" });
  await copyLink.focus();

  // Unchanged: each check is one conditional request, answered 304 without a body.
  await expect.poll(() => checks(seen).length, { timeout: REFRESH * 1000 * 3 }).toBeGreaterThanOrEqual(2);
  expect(seen[0]).toMatchObject({ ifNoneMatch: null, status: 200 });
  expect(seen[0]!.etag).toBeTruthy();
  for (const check of checks(seen)) expect(check).toMatchObject({ ifNoneMatch: seen[0]!.etag, status: 304 });
  await expect(page.getByText("This timeline has changed")).toHaveCount(0);

  publish(name, nextVersion);
  const notice = page.getByRole("status").filter({ hasText: "This timeline has changed" });
  await expect(notice).toHaveText(/This timeline has changed: 1 event updated, 1 new\./, { timeout: (REFRESH + 2) * 1000 });
  // Nothing moved: the selection, the old text, the focus.
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", SELECTED);
  await expect(eventDetail(page)).not.toContainText("A corrected summary.");
  await expect(copyLink).toBeFocused();
  const changed = seen.findIndex((s) => s.status === 200 && s !== seen[0]);
  expect(seen[changed]!.ifNoneMatch).toBe(seen[0]!.etag);
  // The new version is the one checked against from then on: 304 again.
  await expect.poll(() => seen.length, { timeout: REFRESH * 1000 * 3 }).toBeGreaterThan(changed + 1);
  expect(seen[changed + 1]).toMatchObject({ ifNoneMatch: seen[changed]!.etag, status: 304 });

  await notice.getByRole("button", { name: "Show the new version" }).click();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", SELECTED);
  await expect(eventDetail(page)).toContainText("A corrected summary.");
  await expect(eventDetail(page).getByTestId("update-mark")).toHaveText("Corrected 7 December 2024");
  await expect(page.getByText("This timeline has changed")).toHaveCount(0);
});

ownFile("an embed left open notices a new version, and posts its new height once the reader accepts", async ({ page, name }) => {
  publish(name);
  const seen = watchFile(page, name);
  const src = `${SITE_ORIGIN}/?embed=1&data=${encodeURIComponent(`live/${name}`)}#/event/${SELECTED}`;
  await page.goto(`${PARENT_ORIGIN}/?${new URLSearchParams({ src })}`);
  const frame = page.frameLocator("#explorer");
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", SELECTED);
  await expect.poll(() => checks(seen).length, { timeout: REFRESH * 1000 * 3 }).toBeGreaterThanOrEqual(1);
  for (const check of checks(seen)) expect(check).toMatchObject({ ifNoneMatch: seen[0]!.etag, status: 304 });

  publish(name, nextVersion);
  const notice = frame.getByRole("status").filter({ hasText: "This timeline has changed" });
  await expect(notice).toHaveText(/1 event updated, 1 new/, { timeout: (REFRESH + 2) * 1000 });
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", SELECTED);

  const heights = () =>
    page.evaluate(
      () =>
        (window as unknown as { received: { data: { type?: string } }[] }).received.filter((m) => m.data.type === "timeline:height").length,
    );
  const before = await heights();
  await notice.getByRole("button", { name: "Show the new version" }).click();
  await expect(frame.getByTestId("event-detail")).toContainText("A corrected summary.");
  await expect.poll(heights).toBeGreaterThan(before);
});

/** Where an element is, to the pixel (null where it is not drawn). */
const boxOf = (locator: Locator) => locator.boundingBox();
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const expectSameBox = (after: Box | null | undefined, before: Box | null | undefined) => {
  expect(after).not.toBeNull();
  for (const key of ["x", "y", "width", "height"] as const) expect(Math.abs(after![key] - before![key]), key).toBeLessThanOrEqual(1);
};
/** Whether the element drawn at the middle of `button` is the button itself (nothing covers it). */
const onTop = (button: Locator) =>
  button.evaluate((element) => {
    const r = element.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest("button") === element;
  });

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  ownFile(`the notice of a new version moves nothing under the reader, at ${width} px`, async ({ page, name }) => {
    await page.setViewportSize({ width, height });
    publish(name);
    await page.goto(`./?data=live/${name}#/event/${SELECTED}`);
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", SELECTED);
    const timeline = page.getByTestId("timeline");
    // The timeline's controls: search, Menu (a phone's), and the zoom below the timeline with its hint.
    const controls = [
      page.getByRole("searchbox"),
      page.locator(".menu-toggle:visible, .timeline-zoom:visible"),
      page.locator(".timeline-toolbar"),
    ];
    const [timelineBefore, detailBefore, ...controlsBefore] = await Promise.all([timeline, eventDetail(page), ...controls].map(boxOf));

    publish(name, nextVersion);
    const notice = page.getByRole("status").filter({ hasText: "This timeline has changed" });
    await expect(notice).toBeVisible({ timeout: (REFRESH + 2) * 1000 });
    expectSameBox(await boxOf(timeline), timelineBefore);
    expectSameBox(await boxOf(eventDetail(page)), detailBefore);
    for (const [i, control] of controls.entries()) expectSameBox(await boxOf(control), controlsBefore[i]!);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // It covers neither the timeline, the event's detail nor the controls, and nothing covers its button.
    const noticeBox = (await boxOf(notice))!;
    for (const box of [timelineBefore, detailBefore, ...controlsBefore]) expect(overlaps(noticeBox, box!)).toBe(false);
    const show = notice.getByRole("button", { name: "Show the new version" });
    expect(await onTop(show)).toBe(true);
    // Reachable by keyboard, in the page's order: from the search box, on through the filters to it.
    await page.getByRole("searchbox").focus();
    await expect
      .poll(async () => {
        await page.keyboard.press("Tab");
        return show.evaluate((element) => element === document.activeElement);
      })
      .toBe(true);
  });
}

ownFile("the notice of a new version moves nothing in the embed", async ({ page, name }) => {
  publish(name);
  const src = `${SITE_ORIGIN}/?embed=1&data=${encodeURIComponent(`live/${name}`)}#/event/${SELECTED}`;
  await page.goto(`${PARENT_ORIGIN}/?${new URLSearchParams({ src })}`);
  const frame = page.frameLocator("#explorer");
  const detail = frame.getByTestId("event-detail");
  await expect(detail).toHaveAttribute("data-event-id", SELECTED);
  const timeline = frame.getByTestId("timeline");
  const menu = frame.getByRole("button", { name: "Menu" });
  const [timelineBefore, detailBefore, menuBefore] = await Promise.all([boxOf(timeline), boxOf(detail), boxOf(menu)]);

  publish(name, nextVersion);
  const notice = frame.getByRole("status").filter({ hasText: "This timeline has changed" });
  await expect(notice).toBeVisible({ timeout: (REFRESH + 2) * 1000 });
  expectSameBox(await boxOf(timeline), timelineBefore);
  expectSameBox(await boxOf(detail), detailBefore);
  const noticeBox = (await boxOf(notice))!;
  for (const box of [timelineBefore, detailBefore, menuBefore]) expect(overlaps(noticeBox, box!)).toBe(false);
  expect(await onTop(notice.getByRole("button", { name: "Show the new version" }))).toBe(true);
  expect(await onTop(menu)).toBe(true);
});

ownFile("a new version of a large file is read and compared in the dataset worker, not on the page", async ({ page, name }) => {
  test.setTimeout(90_000);
  // Over the size from which the first load reads in the worker (4 MB).
  const large = generateDataset(13_000, 5) as ReturnType<typeof datasetCopy>;
  large.refresh = REFRESH;
  mkdirSync(LIVE, { recursive: true });
  const write = () => writeFileSync(new URL(name, LIVE), JSON.stringify(large));
  write();
  expect(JSON.stringify(large).length).toBeGreaterThan(4 << 20);
  const workers: string[] = [];
  const open = new Set<number>();
  page.on("worker", (worker) => {
    const n = workers.push(worker.url()) - 1;
    open.add(n);
    worker.on("close", () => open.delete(n));
  });
  const target = large.events[100]!;
  await page.goto(`./?data=live/${name}#/event/${encodeURIComponent(target.id)}`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", target.id, { timeout: 30_000 });
  expect(workers).toHaveLength(1);

  target.summary = "A corrected summary.";
  large.events.push({ ...structuredClone(large.events[0]!), id: "2024-12-07-new-event", date: "2024-12-07", title: "A new event" });
  write();
  const notice = page.getByRole("status").filter({ hasText: "This timeline has changed" });
  await expect(notice).toHaveText(/1 event updated, 1 new/, { timeout: 30_000 });
  // Read by a worker of its own, as the first load was; compared in the first one (it said what changed).
  expect(workers).toHaveLength(2);
  await expect(eventDetail(page)).not.toContainText("A corrected summary.");

  // A newer version before the reader took that one: the one never taken lets its worker go.
  large.events[200]!.summary = "Another corrected summary.";
  write();
  await expect(notice).toHaveText(/2 events updated, 1 new/, { timeout: 30_000 });
  expect(workers).toHaveLength(3);
  await expect.poll(() => [...open]).toEqual([0, 2]);
  // Taken: the version it replaced lets its worker go too; the one shown keeps its own.
  await notice.getByRole("button", { name: "Show the new version" }).click();
  await expect(eventDetail(page)).toContainText("A corrected summary.");
  await expect.poll(() => [...open]).toEqual([2]);
});

/** A date-time as the page writes its day in English ("7 December 2024"). */
const dayText = (dateTime: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(dateTime));

test("a prerendered page older than its dataset stays as drawn, says so, and shows the new version when asked", async ({ page }) => {
  // The page is prerendered from the bundled dataset and shows its `updated`; the newer version is a
  // day after that one, with one event corrected since.
  const drawn = (dataset as unknown as { updated?: string }).updated!;
  expect(drawn, "the bundled dataset has an `updated`").toBeTruthy();
  const later = new Date(Date.parse(drawn) + 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const newer = datasetCopy();
  (newer as Record<string, unknown>).updated = later;
  const corrected = newer.events.find((e) => e.id === SELECTED)! as unknown as Record<string, unknown>;
  corrected.updates = [{ date: later, kind: "correction", note: "The summary was wrong." }];
  await page.route("**/data/timeline.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(newer) }));
  await page.goto("./");
  const notice = page.getByRole("status").filter({ hasText: "This timeline has changed" });
  await expect(notice).toHaveText(/This timeline has changed: 1 event updated\./);
  // Still the page as it was drawn: its own version's date, not the new one's.
  await expect(page.getByTestId("timeline-updated")).toHaveText(`Last updated ${dayText(drawn)}`);
  await notice.getByRole("button", { name: "Show the new version" }).click();
  await expect(page.getByTestId("timeline-updated")).toHaveText(`Last updated ${dayText(later)}`);
  await expect(notice).toHaveCount(0);
  await page.getByRole("button", { name: "List" }).click();
  await page.locator(`[data-list-event-id="${SELECTED}"]`).click();
  await expect(eventDetail(page).getByTestId("update-mark")).toHaveText(`Corrected ${dayText(later)}`);
});

test("a prerendered page drawn from a dataset without `updated` tells a changed file by its digest", async ({ page }) => {
  // The page as a build of a dataset without `updated` writes it: no "updated" line under the title
  // (the digest of the file it was drawn from is in its head, as in every build).
  await page.route(
    (url) => url.pathname === `/event/${SELECTED}/`,
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<p class="app-updated" data-testid="timeline-updated">.*?<\/p>/g, "");
      await route.fulfill({ response, body: html });
    },
  );
  const newer = datasetCopy();
  delete (newer as Record<string, unknown>).updated;
  const drawnSummary = newer.events.find((e) => e.id === SELECTED)!.summary;
  newer.events.find((e) => e.id === SELECTED)!.summary = "A corrected summary.";
  await page.route("**/data/timeline.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(newer) }));
  // The event's own page, prerendered on it.
  await page.goto(`./event/${SELECTED}/`);
  const notice = page.getByRole("status").filter({ hasText: "This timeline has changed" });
  await expect(notice).toHaveText(/This timeline has changed: its details changed\./);
  // Still the page as drawn, until the reader asks.
  await expect(page.getByTestId("timeline-updated")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("A corrected summary.");
  await notice.getByRole("button", { name: "Show the new version" }).click();
  await expect(eventDetail(page)).toContainText("A corrected summary.");
  await expect(eventDetail(page)).not.toContainText(drawnSummary.slice(0, 40));
});

test("a page coming back into view checks at once, with one conditional request; refresh 0 never checks", async ({ page }, info) => {
  const name = `visible-${info.workerIndex}-${info.repeatEachIndex}.json`;
  const quiet = `quiet-${info.workerIndex}-${info.repeatEachIndex}.json`;
  try {
    // A long refresh: only the return into view brings a check.
    publish(name, undefined, 3600);
    const seen = watchFile(page, name);
    // The page's clock stands still (its timers still run), so that only the test moves it past the
    // second within which a return into view does not check again: the count cannot depend on timing.
    const loaded = Date.parse("2026-01-01T00:00:00Z");
    await page.clock.setFixedTime(loaded);
    await page.goto(`./?data=live/${name}#/event/${SELECTED}`);
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", SELECTED);
    const returnIntoView = () => page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    // Back within the second of the load: no check.
    await returnIntoView();
    await page.waitForLoadState("networkidle");
    expect(checks(seen)).toHaveLength(0);
    // Later: one check, however many times the page is told so (the one check is then less than a
    // second old); told more than once, as the listener may not be there yet at the first.
    await page.clock.setFixedTime(loaded + 5000);
    await expect
      .poll(async () => {
        await returnIntoView();
        return checks(seen).length;
      })
      .toBeGreaterThan(0);
    await returnIntoView();
    await page.waitForLoadState("networkidle");
    expect(checks(seen)).toHaveLength(1);
    expect(checks(seen)[0]).toMatchObject({ ifNoneMatch: seen[0]!.etag, status: 304 });

    publish(quiet, undefined, 0);
    const quietSeen = watchFile(page, quiet);
    await page.goto(`./?data=live/${quiet}`);
    await expect(page.getByRole("heading", { name: "Select an event" })).toBeVisible();
    await returnIntoView();
    await page.waitForLoadState("networkidle");
    await returnIntoView();
    await page.waitForLoadState("networkidle");
    expect(quietSeen).toHaveLength(1);
  } finally {
    rmSync(new URL(name, LIVE), { force: true });
    rmSync(new URL(quiet, LIVE), { force: true });
  }
});
