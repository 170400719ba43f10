import { readFileSync } from "node:fs";
import { eventDetail, expect, serveFixture, test, timelineItem, timelineLive } from "./fixtures";

const fixture = (name: string) => readFileSync(new URL(`../src/features/import/fixtures/${name}`, import.meta.url), "utf8");

test("a TimelineJS JSON file opens as it is, and its old #event- links open the same event", async ({ page }) => {
  await serveFixture(page, "twain.json", fixture("twain-marktwain.json"));
  // TimelineJS's id for the slide headed "Hannibal, Missouri" (it has no unique_id): its slug.
  const id = "hannibal-missouri";
  await page.goto(`./?data=fixtures/twain.json#event-${id}`);
  const detail = eventDetail(page);
  await expect(detail).toHaveAttribute("data-event-id", id);
  await expect(detail.getByRole("heading", { level: 2, name: "Hannibal, Missouri" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/event/${id}$`));
  await timelineLive(page);
  await expect(timelineItem(page, id)).toBeVisible();
  // Its HTML is text now: no tag shows as raw text, and nothing from it is markup.
  expect(await detail.innerText()).not.toMatch(/<\/?[a-z]+[^>]*>/i);
});

test("a TimelineJS spreadsheet's CSV opens: paragraphs, links, media on another site as a link, never loaded", async ({ page }) => {
  await page.route("**/fixtures/sheet.csv", (route) =>
    route.fulfill({ status: 200, contentType: "text/csv", body: fixture("women_in_computing.csv") }),
  );
  await page.goto("./?data=fixtures/sheet.csv");
  await timelineLive(page);
  await page.getByRole("button", { name: "List" }).click();
  await page.locator('[data-list-event-id="ada-lovelace"]').click();
  const detail = eventDetail(page);
  await expect(detail.getByRole("heading", { level: 2, name: "Ada Lovelace" })).toBeVisible();
  expect(await detail.locator(".event-summary").count()).toBeGreaterThan(1);
  const media = detail.locator(".event-media a").first();
  await expect(media).toHaveText(/Media on upload\.wikimedia\.org/);
  await expect(media).toHaveAttribute("href", /^https:\/\/upload\.wikimedia\.org\//);
  await expect(detail.locator("img")).toHaveCount(0);
  expect(await detail.innerText()).not.toMatch(/<\/?[a-z]+[^>]*>/i);
});

test("a CSV with a headline's unquoted comma says which row, and imports nothing", async ({ page }) => {
  await page.route("**/fixtures/bad.csv", (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/csv",
      body: "Year,Month,Day,Headline,Text\n2020,5,1,Fine,x\n2020,5,2,Smith, Jones meet,text\n",
    }),
  );
  await page.goto("./?data=fixtures/bad.csv");
  await expect(page.getByRole("alert")).toContainText("row 3: it has 6 fields but the header has 5");
  await expect(page.getByTestId("timeline")).toHaveCount(0);
});

test("a missing file that a static host answers with its own page says there is no dataset there", async ({ page }) => {
  await page.route("**/fixtures/gone.json", (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><html><head><title>Site</title></head><body>Home</body></html>",
    }),
  );
  await page.goto("./?data=fixtures/gone.json");
  await expect(page.getByRole("alert")).toContainText("There is no dataset at fixtures/gone.json");
  await expect(page.getByRole("alert")).not.toContainText("Unexpected token");
});

test("slides without a start date are left out with a notice that counts them", async ({ page }) => {
  await serveFixture(page, "partial.json", {
    title: { text: { headline: "Partial" } },
    events: [
      { start_date: { year: 2020, month: 5 }, text: { headline: "Dated", text: "<p>One</p>" } },
      { text: { headline: "Undated" } },
      { text: { headline: "Undated too" } },
    ],
  });
  await page.goto("./?data=fixtures/partial.json");
  await expect(page.getByTestId("import-note")).toContainText("2 slides without a start date were left out");
  await expect(page.locator("h1")).toHaveText("Partial");
});
