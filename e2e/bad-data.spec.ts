import { datasetCopy, dataset, expect, serveFixture, test } from "./fixtures";

// Broken on purpose: any shape goes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a broken dataset has no type to name; each case writes into it freely
type Mutable = { version: unknown; events: Record<string, any>[] } & Record<string, any>;

/** One case per class of broken dataset: the body served, and what the alert must say. */
const BROKEN: { name: string; body: (d: Mutable) => unknown; says: string[] }[] = [
  { name: "not JSON", body: () => '{"version": 1, "title": oops}', says: ["is not valid JSON"] },
  { name: "a web page", body: () => "<html>not json</html>", says: ["There is no dataset at", "answered with a web page"] },
  { name: "malformed JSON", body: () => '{\n  "version": 1,\n  "title": "x",\n  oops\n}', says: ["is not valid JSON", "line 4"] },
  { name: "empty file", body: () => "", says: ["is empty"] },
  { name: "wrong top-level type", body: () => "[]", says: ["must be a JSON object", "it is an array"] },
  { name: "missing required field", body: (d) => (delete d.events[0]!.title, d), says: ["events[0].title:"] },
  { name: "impossible date", body: (d) => ((d.events[2]!.date = "2024-13-40"), d), says: ['events[2].date: "2024-13-40" is not a date'] },
  { name: "free-text date", body: (d) => ((d.events[1]!.date = "May 2024"), d), says: ['events[1].date: "May 2024" is not a date'] },
  { name: "end before start", body: (d) => ((d.events[5]!.end = "2019"), d), says: ["events[5].end: 2019 is before the start date"] },
  {
    name: "duplicate event id",
    body: (d) => ((d.events[1]!.id = d.events[0]!.id), d),
    says: [`events[1].id: duplicate id "${dataset.events[0]!.id}" (also at events[0])`],
  },
  {
    name: "dangling source",
    body: (d) => ((d.events[3]!.sources[0]!.source = "nowhere"), d),
    says: ['events[3].sources[0].source: no source has the id "nowhere"'],
  },
  {
    name: "dangling quote",
    body: (d) => ((d.events[6]!.sources[0]!.quotes = ["q99"]), d),
    says: ["events[6].sources[0].quotes[0]: source", 'has no quote "q99"'],
  },
  {
    name: "unknown category",
    body: (d) => ((d.events[0]!.category = "weather"), d),
    says: ['events[0].category: "weather" is not one of the categories'],
  },
  { name: "wrong version", body: (d) => ((d.version = 2), d), says: ["version:"] },
];

for (const { name, body, says } of BROKEN) {
  test(`a dataset with ${name} gets a clear alert`, async ({ page }) => {
    await serveFixture(page, "broken.json", body(datasetCopy() as unknown as Mutable) as string | object);
    await page.goto("./?data=fixtures/broken.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("fixtures/broken.json");
    for (const text of says) await expect(alert).toContainText(text);
    await expect(page.getByRole("link", { name: /default timeline/ })).toBeVisible();
  });
}

test("a missing dataset says 404 and offers the default timeline", async ({ page }) => {
  await serveFixture(page, "missing.json", "not here", 404);
  await page.goto("./?data=fixtures/missing.json");
  await expect(page.getByRole("alert")).toContainText("fixtures/missing.json: it was not found (HTTP 404)");
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await page.getByRole("link", { name: /default timeline/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset.title);
});

test("a server error says so and can be retried", async ({ page }) => {
  let calls = 0;
  await page.route("**/fixtures/flaky.json", (route) =>
    ++calls === 1
      ? route.fulfill({ status: 503, body: "busy" })
      : route.fulfill({ contentType: "application/json", body: JSON.stringify(datasetCopy()) }),
  );
  await page.goto("./?data=fixtures/flaky.json");
  await expect(page.getByRole("alert")).toContainText("the server answered 503");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset.title);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a slow dataset shows a loading state, then the timeline", async ({ page }) => {
  // Held until the loading state has been seen: a timed delay races the app's own start.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/fixtures/slow.json", async (route) => {
    await released;
    await route.fulfill({ contentType: "application/json", body: JSON.stringify(datasetCopy()) });
  });
  await page.goto("./?data=fixtures/slow.json");
  await expect(page.getByRole("status")).toContainText("Loading the timeline");
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset.title);
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("a dataset on another site is refused before any request", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("./?data=https://evil.example/timeline.json");
  await expect(page.getByRole("alert")).toContainText("it is on another site");
  await page.goto("./?data=javascript:alert(1)");
  await expect(page.getByRole("alert")).toContainText("not javascript: addresses");
  expect(requests.filter((u) => new URL(u).hostname === "evil.example")).toEqual([]);
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

// A body that stops arriving: the page gives up after its stall limit (15 s), says how much came,
// offers to try again, and lets the worker it started for a large file go, each time.
for (const { name, file, read } of [
  { name: "with a length of 10 MiB", file: "stall-10485760-1048576.json", read: /1\.0 of 10\.5 MB/ },
  { name: "with no length", file: "stall-0-65536.json", read: /0\.1 MB/ },
]) {
  test(`a server that stalls mid-body ${name} ends in a retryable message, and leaves no worker behind`, async ({ page }) => {
    test.setTimeout(120_000);
    let alive = 0;
    page.on("worker", (worker) => {
      alive++;
      worker.on("close", () => alive--);
    });
    await page.goto(`./?data=misbehaving/${file}`);
    await expect(page.getByText(read).first()).toBeVisible();
    const alert = page.getByRole("alert");
    for (const attempt of [1, 2]) {
      await expect(alert).toContainText("stopped sending", { timeout: 40_000 });
      await expect(alert).toContainText(read);
      await expect.poll(() => alive, { message: `workers alive after failure ${attempt}` }).toBe(0);
      if (attempt === 1) await alert.getByRole("button", { name: "Try again" }).click();
    }
    await expect(alert.getByRole("link", { name: /default timeline/i })).toBeVisible();
  });
}
