import { generateDataset } from "../test-support/generateDataset.mjs";
import { byDate } from "../test-support/eventOrder";
import { eventDetail, expect, serveFixture, test, timelineItem } from "./fixtures";

const big = generateDataset(1000, 3) as { events: { id: string; date: string }[] };
const sorted = byDate(big.events);

test("a thousand events: clustered when zoomed out, each still reachable and selectable", async ({ page }) => {
  await serveFixture(page, "big.json", big);
  const target = sorted[500]!;
  await page.goto(`./?data=fixtures/big.json#/event/${target.id}`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", target.id);
  const item = timelineItem(page, target.id);
  await expect(item).toBeInViewport();
  await expect(item).toHaveClass(/vis-selected/);

  // Zoomed out, overlapping events become clusters; the DOM stays small.
  await page.getByRole("button", { name: "Show all" }).click();
  await expect(page.locator(".event-crowd").first()).toBeVisible();
  expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThan(2000);

  // The keyboard walks on through clusters: the next event stands alone and is shown.
  await page.getByTestId("timeline").focus();
  await page.keyboard.press("ArrowRight");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", sorted[501]!.id);
  await expect(timelineItem(page, sorted[501]!.id)).toBeVisible();
});
