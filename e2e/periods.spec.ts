import { byDate, datasetCopy, eventDetail, expect, serveFixture, test, timelineItem } from "./fixtures";

const periods = (datasetCopy() as unknown as { periods: { id: string; label: string; sources: unknown[] }[] }).periods;
// The first paint holds a plan per width (the stylesheet shows one) until the app has measured the frame.
const band = (page: import("@playwright/test").Page, id: string) =>
  page.getByTestId("timeline").locator(`[data-period-id="${id}"]`).filter({ visible: true });

test("periods are drawn as labelled bands behind the events, and selectable", async ({ page }) => {
  expect(periods.length).toBeGreaterThan(0);
  await page.goto("./");
  const raisi = periods[0]!;
  await expect(band(page, raisi.id)).toHaveCount(1);
  await expect(band(page, raisi.id)).toContainText(raisi.label);
  // Behind the events: the band is in vis-timeline's background layer; events stay clickable on top of it.
  await expect(band(page, raisi.id).locator("xpath=ancestor::div[contains(@class,'vis-background')]").first()).toBeAttached();
  await timelineItem(page, "2024-04-01-damascus-consulate-strike").click();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", "2024-04-01-damascus-consulate-strike");

  await band(page, raisi.id).click();
  await expect(page).toHaveURL(new RegExp(`/period/${raisi.id}/$`));
  const detail = page.getByTestId("period-detail");
  await expect(detail).toHaveAttribute("data-period-id", raisi.id);
  await expect(detail.getByRole("heading", { level: 2, name: raisi.label })).toBeVisible();
  await expect(detail.locator("time").first()).toHaveAttribute("datetime", "2021-08/2024-05-19");
  await expect(page.getByTestId("source-panel")).toHaveCount(raisi.sources.length);
  await page.goBack();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", "2024-04-01-damascus-consulate-strike");
});

test("#/period/<id> deep-links to a period; an open-ended one says its end is not stated", async ({ page }) => {
  const open = periods.find((p) => p.id === "mokhber-acting-presidency")!;
  await page.goto(`./#/period/${open.id}`);
  await expect(page.getByTestId("period-detail")).toHaveAttribute("data-period-id", open.id);
  await expect(page.getByTestId("period-detail")).toContainText("end not stated");
  await expect(band(page, open.id)).toBeInViewport();
  await expect(page).toHaveTitle(new RegExp(`^${open.label}`));
  // The period links reach the same by keyboard.
  await page.getByRole("navigation", { name: "Periods" }).getByRole("link").first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("period-detail")).toHaveAttribute("data-period-id", periods[0]!.id);

  await page.goto("./#/period/no-such-period");
  await expect(page.getByRole("status")).toContainText("No period has the id “no-such-period”");
});

test("an event with an end is drawn as a range, not a point", async ({ page }) => {
  const data = datasetCopy();
  const ranged = data.events.find((e) => e.id === "2020-07-iran-syria-military-agreement")! as unknown as Record<string, unknown>;
  ranged.end = "2021-03";
  await serveFixture(page, "ranged.json", data);
  await page.goto("./?data=fixtures/ranged.json");
  const item = page.getByTestId("timeline").locator('.vis-item.vis-range[data-event-id="2020-07-iran-syria-military-agreement"]');
  await expect(item).toHaveCount(1);
  const width = (await item.boundingBox())!.width;
  expect(width).toBeGreaterThan(30);
  await page.getByTestId("timeline").locator('[data-event-id="2020-07-iran-syria-military-agreement"]').click();
  await expect(eventDetail(page).locator("time").first()).toHaveAttribute("datetime", "2020-07/2021-03");
  await expect(eventDetail(page)).toContainText("July 2020 – March 2021");
  await expect(timelineItem(page, byDate[0]!.id)).toBeVisible();
});
