import { PARENT_ORIGIN } from "../playwright.config";
import { byDate, eventDetail, expect, test, timelineItem, timelineLive } from "./fixtures";

// The built site as a plain static host serves it, two folders down on another origin than the
// one the build was told (SITE_URL): files only, no fallback page.
const SITE = `${PARENT_ORIGIN}/hosted/site/`;
const first = byDate[5]!;
// Its neighbour: in view when the timeline opens on the first.
const second = byDate[4]!;

test("an event's page opens on that event, moves to others by path without reloading, and Back and Forward are exact", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`${SITE}event/${first.id}/`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", first.id);
  await expect(eventDetail(page).getByRole("heading", { level: 2, name: first.title })).toBeInViewport();
  await expect(page).toHaveTitle(`${first.title} · Iran–Syria relations, 2020–2024`);
  await timelineLive(page);
  // The page names its card for crawlers at the address it was built for, and never loads it.
  await expect(page.locator('meta[property="og:image"]'), "built with SITE_URL, as npm run build:e2e does").toHaveAttribute(
    "content",
    /^https:\/\/timeline\.example\/iran-syria\/cards\/event-/,
  );

  // No reload: a marker on the window survives each selection.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await timelineItem(page, second.id).click();
  await expect(page).toHaveURL(`${SITE}event/${second.id}/`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", second.id);
  await page.getByRole("button", { name: "List" }).click();
  await page.locator(`[data-list-event-id="${byDate[0]!.id}"]`).click();
  await expect(page).toHaveURL(`${SITE}event/${byDate[0]!.id}/`);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(`${SITE}event/${second.id}/`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", second.id);
  await page.goBack();
  await expect(page).toHaveURL(`${SITE}event/${first.id}/`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", first.id);
  await page.goForward();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", second.id);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // The address it reached is a real file: a reload opens the same event.
  await page.reload();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", second.id);
  await expect(timelineItem(page, second.id)).toBeVisible();

  const elsewhere = requests.filter((url) => !url.startsWith(`${PARENT_ORIGIN}/`) && !url.startsWith("data:"));
  expect(elsewhere, "requests that left the origin (the og:image is for crawlers)").toEqual([]);
});

test("an event's page shows its event, sources and timeline before any script runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SITE}event/${first.id}/`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", first.id);
  await expect(eventDetail(page).getByRole("heading", { level: 2, name: first.title })).toBeInViewport();
  await expect(page.getByTestId("source-panel").first()).toBeVisible();
  // Without script every width's plan carries the ids (the stylesheet shows one): the box on screen.
  await expect(timelineItem(page, first.id).filter({ visible: true })).toBeInViewport();
  // Its links are real pages: following one without script opens that event's page.
  await timelineItem(page, second.id).filter({ visible: true }).click();
  await expect(page).toHaveURL(`${SITE}event/${second.id}/`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", second.id);
  await context.close();
});

test("the opening page moves to an event's page, and an old hash link lands on it", async ({ page, baseURL }) => {
  await page.goto("./");
  await timelineLive(page);
  await timelineItem(page, first.id).click();
  await expect(page).toHaveURL(`${baseURL}event/${first.id}/`);
  await page.goBack();
  await expect(page).toHaveURL(baseURL!);
  await expect(eventDetail(page)).toHaveCount(0);

  await page.goto(`./?lang=en#/event/${second.id}`);
  await expect(page).toHaveURL(`${baseURL}event/${second.id}/?lang=en`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", second.id);
  await page.goto(`./#event-${first.id}`);
  await expect(page).toHaveURL(`${baseURL}event/${first.id}/`);
});

test("a dataset opened with ?data= has no pages: it keeps selecting with the hash", async ({ page, baseURL }) => {
  await page.goto("./?data=data/timeline.json");
  await timelineLive(page);
  await timelineItem(page, first.id).click();
  await expect(page).toHaveURL(`${baseURL}?data=data/timeline.json#/event/${first.id}`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", first.id);
});

test("moving from the opening page to events' pages requests nothing that is not there (the icon included), and the stylesheet once", async ({
  page,
}) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  // Asked for again, it would be dropped meanwhile: the page unstyled, and a frame measured then wrong.
  const stylesheets: string[] = [];
  page.on("request", (request) => void (request.resourceType() === "stylesheet" && stylesheets.push(request.url())));
  // On a plain static host (no fallback page), where a wrong path is a 404.
  await page.goto(`${SITE}#/event/${byDate[3]!.id}`);
  await expect(page).toHaveURL(new RegExp(`/event/${byDate[3]!.id}/$`));
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[3]!.id);
  await timelineLive(page);
  await timelineItem(page, byDate[4]!.id).click();
  await expect(page).toHaveURL(new RegExp(`/event/${byDate[4]!.id}/$`));
  // The icon is asked for again as the address moves; give it the time to be.
  await page.waitForLoadState("networkidle");
  expect(missing).toEqual([]);
  expect(stylesheets).toHaveLength(1);
});
