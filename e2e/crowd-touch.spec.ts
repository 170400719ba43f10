import { readFileSync } from "node:fs";
import { expect, serveFixture, test } from "./fixtures";

// Knight Lab's own examples (fixtures/knightlab/SOURCES.md: MPL-2.0), opened as a new reader would.
const wedding = readFileSync(new URL("./fixtures/knightlab/wedding.json", import.meta.url), "utf8");

const crowdCount = (page: import("@playwright/test").Page) =>
  page
    .getByTestId("timeline")
    .getByText(/^\d+ events$/)
    .filter({ visible: true })
    .first();

test.describe("on a touch phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test("wedding.json: a tap on a crowd's count opens its list, and nothing moves under the finger", async ({ page }) => {
    await serveFixture(page, "wedding.json", wedding);
    await page.goto("./?data=fixtures/wedding.json");
    const count = crowdCount(page);
    await expect(count).toBeVisible();
    const timeline = page.getByTestId("timeline");
    // Where the timeline is on the page (not on screen: the list may scroll the page to itself).
    const top = () => timeline.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const before = await top();
    const label = (await count.textContent())!;
    await count.tap();
    // A tap answers as a click does: the crowd's list opens (or the timeline zooms into it).
    await expect(page.getByTestId("crowd-list")).toBeInViewport();
    await expect(page.getByTestId("crowd-list").getByRole("heading")).toContainText(label.replace(/\D/g, ""));
    // The timeline stayed where the finger found it, whatever notice the app has to give.
    expect(await top()).toBe(before);
    await page.screenshot({ path: "test-results/crowd-touch-phone.png" });
  });
});

test("wedding.json at 1280×800: a crowd's list opens in sight, focus on it", async ({ page }) => {
  await serveFixture(page, "wedding.json", wedding);
  await page.goto("./?data=fixtures/wedding.json");
  await expect(page.getByTestId("timeline").locator(".vis-timeline")).toBeVisible();
  await crowdCount(page).click();
  const list = page.getByTestId("crowd-list");
  await expect(list).toBeInViewport({ ratio: 0.5 });
  await expect(list.locator(":focus").or(list.and(page.locator(":focus")))).toHaveCount(1);
});

const seventh = readFileSync(new URL("./fixtures/knightlab/seventh.json", import.meta.url), "utf8");

test("seventh.json: the list keeps two events of one day in the file's order, as TimelineJS does", async ({ page }) => {
  await serveFixture(page, "seventh.json", seventh);
  await page.goto("./?data=fixtures/seventh.json");
  await page.getByRole("button", { name: "List" }).click();
  const links = page.getByTestId("event-list").getByRole("link");
  await expect(links).toHaveCount(21);
  // 8 June 632: the death first, then the succession it brought, as the reporter wrote them.
  await expect(links.filter({ hasText: /Death of Muhammed|Accession of Abu Bakr/ })).toHaveText([
    /Death of Muhammed/,
    /Accession of Abu Bakr/,
  ]);
});
