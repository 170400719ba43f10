import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { datasetCopy, eventDetail, expect, serveFixture, test, timelineItem, type RawDataset } from "./fixtures";

/** Each class of script payload; every one must come out as the same inert text. */
const PAYLOADS = [
  "<script>window.__pwned = 'script'; alert(1)</script>",
  "<img src=x onerror=\"window.__pwned = 'img'; alert(1)\">",
  "<svg onload=\"window.__pwned = 'svg'; alert(1)\"></svg>",
  "<iframe srcdoc=\"<script>parent.__pwned = 'iframe'</script>\"></iframe>",
  "javascript:window.__pwned='js';alert(1)",
  "&lt;img src=x onerror=alert(1)&gt; &#60;script&#62;alert(1)&#60;/script&#62;",
  '"><script>alert(1)</script><a href="',
  "{{constructor.constructor('alert(1)')()}} ${alert(1)}",
  "\u202Eright-to-left override\u202C and zero\u200Bwidth\u200D joiners\uFEFF",
  `long ${"A".repeat(20_000)} end`,
];

/** The bundled dataset with a payload in every text field (ids must stay URL-safe). */
function hostileDataset(): RawDataset {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every text field at any depth gets a payload
  const data = datasetCopy() as unknown as Record<string, any>;
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length]!;
  data.title = next();
  data.description = next();
  for (const category of data.categories) category.label = next();
  for (const source of data.sources) {
    Object.assign(source, {
      outlet: next(),
      title: next(),
      citing: next(),
      summary: next(),
      url: "javascript:window.__pwned='url';alert(1)",
    });
    for (const quote of source.quotes) Object.assign(quote, { speaker: next(), text: next() });
  }
  for (const event of data.events) {
    Object.assign(event, {
      title: next(),
      summary: next(),
      place: next(),
      actors: [next(), next()],
      aliases: [next()],
      media: {
        url: "javascript:window.__pwned='media';alert(1)",
        caption: [[next(), { text: next(), href: "https://example.org/caption" }]],
        credit: next(),
        alt: next(),
      },
    });
  }
  return data as unknown as RawDataset;
}

async function expectInert(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  // No element from the data: the only scripts are the app's own module and the prerender's two,
  // no iframes, no <img src=x>, no svg onload.
  await expect(page.locator("script:not([type=module]):not([data-snapshot-gate]):not([data-snapshot-pick])")).toHaveCount(0);
  await expect(page.locator("iframe, img[src=x], svg[onload], [onerror], [onload]")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
}

// One test per event: each opens the whole hostile dataset (long texts in every field), so one test for
// them all outlasts any timeout on a loaded machine.
test("every payload in every text field shows as inert text: the opening and the list", async ({ page }) => {
  const data = hostileDataset();
  await serveFixture(page, "hostile.json", data);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));

  await page.goto("./?data=fixtures/hostile.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(data.title);
  await expectInert(page);

  await page.getByRole("button", { name: "List" }).click();
  await expect(page.getByTestId("event-list").getByRole("link")).toHaveCount(data.events.length);
  await expectInert(page);
  expect(requests.filter((p) => p === "/x" || p.endsWith("/x"))).toEqual([]);
});

for (const [position, event] of hostileDataset().events.entries()) {
  test(`every payload in every text field shows as inert text: event ${position + 1}`, async ({ page }) => {
    // Its detail's heading alone may take a minute (below): the test's own 30 s would end it first.
    test.setTimeout(90_000);
    const data = hostileDataset();
    await serveFixture(page, "hostile.json", data);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));

    await page.goto(`./?data=fixtures/hostile.json#/event/${event.id}`);
    const detail = eventDetail(page);
    // The heaviest page of the suite (long texts in every field): on two loaded workers its detail
    // can take longer than the default expect to appear.
    await expect(detail.getByRole("heading", { level: 2 }).first()).toHaveText(event.title, { timeout: 60_000 });
    await expect(detail).toContainText(event.summary);
    await expect(timelineItem(page, event.id)).toContainText(event.title.slice(0, 30));
    // Source links with javascript: URLs are shown as text, never linked.
    await expect(page.getByTestId("source-panel").first()).toContainText("javascript:window.__pwned='url'");
    await expectInert(page);
    expect(requests.filter((p) => p === "/x" || p.endsWith("/x"))).toEqual([]);
  });
}

test("hostile ids are refused, and the message shows them as text", async ({ page }) => {
  const data = datasetCopy();
  data.events[0]!.id = "<img src=x onerror=\"window.__pwned='id'\">";
  await serveFixture(page, "hostile-id.json", data);
  await page.goto("./?data=fixtures/hostile-id.json");
  await expect(page.getByRole("alert")).toContainText("events[0].id: must use only letters");
  await expectInert(page);
});

test("hostile values in the URL never run and never crash", async ({ page }) => {
  const hostile = [
    `#/event/${encodeURIComponent("<img src=x onerror=\"window.__pwned='hash'\">")}`,
    "#/event/<svg onload=alert(1)>",
    "#/event/%E0%A4%A",
    `#/event/${"x".repeat(50_000)}`,
    `?event=${encodeURIComponent("<script>window.__pwned='query'</script>")}`,
    `?data=${encodeURIComponent("<svg onload=alert(1)>.json")}`,
    `?data=${encodeURIComponent("javascript:window.__pwned='data'")}`,
    `?data=${encodeURIComponent("data:application/json,{}")}`,
    "?data=//evil.example/x.json",
    `#event-${encodeURIComponent('"><script>alert(1)</script>')}`,
  ];
  for (const suffix of hostile) {
    await page.goto(`./${suffix}`);
    await expect(page.locator("[role=status], [role=alert]").first()).toBeVisible();
    await expectInert(page);
  }
  // An over-long id is shortened in the notice, not echoed whole.
  await page.goto(`./#/event/${"y".repeat(50_000)}`);
  const notice = await page.getByRole("status").textContent();
  expect(notice!.length).toBeLessThan(300);
});

test("the built page carries a strict Content-Security-Policy and runs under it", async ({ page }) => {
  const html = readFileSync(new URL("../dist/index.html", import.meta.url), "utf8");
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll("&#39;", "'");
  expect(csp).toBeDefined();
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toContain("unsafe-inline");
  // Two inline scripts only, the prerender's gate and deep-link pick, each allowed by its hash alone.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body!);
  expect(inline).toHaveLength(2);
  const hashes = inline.map((body) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  expect(csp).toContain(`script-src 'self' ${hashes.join(" ")};`);

  // The auto fixture fails the test on any securitypolicyviolation event; exercise the app under the policy.
  await page.goto("./#/event/2024-05-30-assad-visits-tehran");
  await expect(eventDetail(page)).toBeVisible();
  await page.getByRole("button", { name: "Zoom out" }).click();
  await page.getByRole("button", { name: "List" }).click();
  await expect(page.getByTestId("event-list")).toBeVisible();
});

test("a TimelineJS file with a payload in every field it has stays inert", async ({ page }) => {
  test.setTimeout(120_000);
  const slide = (i: number) => ({
    start_date: { year: 2020, month: (i % 12) + 1, display_date: PAYLOADS[i % PAYLOADS.length] },
    text: {
      headline: PAYLOADS[(i + 1) % PAYLOADS.length],
      text: `<p>${PAYLOADS[(i + 2) % PAYLOADS.length]}</p><a href="javascript:window.__pwned='a'">x</a>`,
    },
    group: PAYLOADS[(i + 3) % PAYLOADS.length],
    media: {
      url: "javascript:window.__pwned='m'",
      caption: PAYLOADS[(i + 4) % PAYLOADS.length],
      credit: PAYLOADS[(i + 5) % PAYLOADS.length],
      link: "javascript:alert(1)",
    },
  });
  await serveFixture(page, "hostile-tjs.json", {
    title: { text: { headline: PAYLOADS[0], text: PAYLOADS[1] } },
    events: PAYLOADS.map((_, i) => slide(i)),
  });
  await page.goto("./?data=fixtures/hostile-tjs.json");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectInert(page);
  await page.getByRole("button", { name: "List" }).click();
  const links = page.getByTestId("event-list").getByRole("link");
  await expect(links).toHaveCount(PAYLOADS.length);
  const ids = await links.evaluateAll((all) => all.map((a) => a.getAttribute("data-list-event-id")!));
  for (const id of ids) {
    await page.goto(`./?data=fixtures/hostile-tjs.json#/event/${id}`);
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", id);
    await expectInert(page);
  }
});
