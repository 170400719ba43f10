import { datasetCopy, expect, serveFixture, test } from "./fixtures";

test("malformed JSON names the file and the position", async ({ page }) => {
  await serveFixture(page, "broken.json", '{\n  "version": 1,\n  "title": "x",\n  oops\n}');
  await page.goto("./?data=fixtures/broken.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("fixtures/broken.json is not valid JSON");
  await expect(alert).toContainText("line 4");
});

test("a schema violation is reported with its path", async ({ page }) => {
  const data = datasetCopy();
  data.events[2]!.date = "2024-13-40";
  await serveFixture(page, "invalid.json", data);
  await page.goto("./?data=fixtures/invalid.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("fixtures/invalid.json does not match the timeline format");
  await expect(alert).toContainText('events[2].date: "2024-13-40" is not a date');
});

test("duplicate ids and dangling references are violations", async ({ page }) => {
  const data = datasetCopy();
  data.events[1]!.id = data.events[0]!.id;
  data.events[3]!.sources[0]!.source = "nowhere";
  await serveFixture(page, "dangling.json", data);
  await page.goto("./?data=fixtures/dangling.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(`events[1].id: duplicate id "${data.events[0]!.id}"`);
  await expect(alert).toContainText('events[3].sources[0].source: no source has the id "nowhere"');
});

test("a missing dataset says 404 and offers the default timeline", async ({ page }) => {
  await serveFixture(page, "missing.json", "not here", 404);
  await page.goto("./?data=fixtures/missing.json");
  await expect(page.getByRole("alert")).toContainText("HTTP 404");
  await page.getByRole("link", { name: /default timeline/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(datasetCopy().title);
});

test("a dataset on another site is refused before any request", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("./?data=https://evil.example/timeline.json");
  await expect(page.getByRole("alert")).toContainText("it is on another site");
  await page.goto("./?data=javascript:alert(1)");
  await expect(page.getByRole("alert")).toContainText("not javascript: addresses");
  expect(requests.filter((u) => !u.startsWith("http://127.0.0.1:4173/"))).toEqual([]);
});

test("a same-origin ?data= dataset is loaded instead of the default", async ({ page }) => {
  const data = datasetCopy();
  data.title = "Another timeline";
  data.events = data.events.slice(0, 2);
  await serveFixture(page, "other.json", data);
  await page.goto(`./?data=fixtures/other.json#/event/${data.events[1]!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Another timeline");
  await expect(page.getByTestId("event-detail")).toHaveAttribute("data-event-id", data.events[1]!.id);
  await page.getByRole("button", { name: "Show all" }).click();
  await expect(page.getByTestId("timeline").locator("[data-event-id]")).toHaveCount(2);
});
