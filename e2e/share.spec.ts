import { byDate, eventDetail, expect, test } from "./fixtures";

const event = byDate[5]!;
// The event's own page: its canonical address.
const link = (baseURL: string | undefined) => `${baseURL}event/${event.id}/`;

test("Copy link puts the event's link in the clipboard, says so, and the link opens that event in a fresh browser", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // The reader's own search and language are not part of the link.
  await page.goto(`./?q=Tehran&lang=en#/event/${event.id}`);
  const detail = eventDetail(page);
  await detail.getByRole("button", { name: "Copy link" }).click();
  await expect(detail.getByText("Link copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(link(baseURL));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(eventDetail(other)).toHaveAttribute("data-event-id", event.id);
  await expect(eventDetail(other).getByRole("heading", { level: 2, name: event.title })).toBeInViewport();
  await fresh.close();
});

test("where the clipboard is blocked, Copy link says so and shows the link selected", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("blocked", "NotAllowedError")) },
    });
  });
  await page.goto(`./#/event/${event.id}`);
  const detail = eventDetail(page);
  await detail.getByRole("button", { name: "Copy link" }).click();
  await expect(detail.getByText(/Copying is blocked here/)).toBeVisible();
  const field = detail.getByRole("textbox", { name: "Link to this event" });
  await expect(field).toHaveValue(link(baseURL));
  await expect.poll(() => field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(link(baseURL).length);
});

test("where the browser has a share sheet, Share opens it with the event's title and link", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, "share", { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
  });
  await page.goto(`./#/event/${event.id}`);
  await eventDetail(page).getByRole("button", { name: "Share" }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
    .toEqual([{ title: event.title, url: link(baseURL) }]);
});
