import type { Page } from "@playwright/test";
import { PARENT_ORIGIN, SITE_ORIGIN } from "../playwright.config";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { ar } from "../src/lib/i18n/messages.ar";
import { fa } from "../src/lib/i18n/messages.fa";
import { byDate, datasetCopy, eventDetail, expect, firstPaintItem, selectFromHost, serveFixture, test, timelineItem } from "./fixtures";

const meeting = byDate.find((e) => e.id === "2024-05-30-assad-visits-tehran")!;

/** Holds back every script file the site serves (the page's own inline scripts still run, as they
 * do before anything has downloaded). */
const holdScripts = (page: Page) => page.route(/\/assets\/[^/]+\.js$/, () => {});

/** One finger across the timeline, right to left: a pan, as a reader's swipe begins. */
async function swipeAcrossTimeline(page: Page) {
  const box = (await page.getByTestId("timeline").boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + 20;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: box.x + 200, y }] });
  for (let x = 190; x >= 120; x -= 10)
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: box.x + x, y }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

for (const width of [320, 600]) {
  test(`the embed's first paint, with all script held back, is the compact layout on the selected event at ${width} px`, async ({
    page,
  }) => {
    await holdScripts(page);
    const src = `${SITE_ORIGIN}/event/${meeting.id}/?embed=1`;
    await page.goto(`${PARENT_ORIGIN}/?${new URLSearchParams({ src, width: String(width), height: "1800" })}`, { waitUntil: "commit" });
    const frame = page.frameLocator("#explorer");
    const detail = frame.getByTestId("event-detail");
    await expect(detail).toHaveAttribute("data-event-id", meeting.id);
    await expect(detail.locator("#event-detail-title")).toHaveText(meeting.title);
    // Compact: no site chrome, the full explorer one link away, sources folded to a line each.
    await expect(frame.getByRole("link", { name: /Open the full explorer/ })).toBeVisible();
    await expect(frame.getByRole("button", { name: "Embed" })).toHaveCount(0);
    const folds = frame.locator("details.source-fold");
    await expect(folds).toHaveCount(meeting.sources.length);
    for (const fold of await folds.all()) expect(await fold.getAttribute("open")).toBeNull();
    // The timeline first, then the event, each as wide as the frame, nothing beyond its edge.
    const timeline = (await frame.getByTestId("timeline").boundingBox())!;
    const shown = (await detail.boundingBox())!;
    expect(timeline.y).toBeLessThan(shown.y);
    // Of the first paint's plans (one per width the stylesheet may choose), the one shown holds it.
    await expect(frame.locator(".timeline-preview-item.selected").filter({ visible: true })).toContainText(meeting.title);
    const overflow = await page
      .frame({ url: (u) => u.href.startsWith(SITE_ORIGIN) })!
      .evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // What a reader sees at the event's title is the title.
    const title = detail.locator("#event-detail-title");
    const box = (await title.boundingBox())!;
    const frameBox = (await page.locator("#explorer").boundingBox())!;
    const hit = await page
      .frame({ url: (u) => u.href.startsWith(SITE_ORIGIN) })!
      .evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest("h2")?.textContent,
        [box.x - frameBox.x + 4, box.y - frameBox.y + box.height / 2],
      );
    expect(hit).toBe(meeting.title);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the page asks for nothing but itself and its stylesheet until the reader reaches for it, then answers that first tap", async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto("./");
    await page.waitForLoadState("networkidle");
    const scripts = () => fetched.filter((path) => /\/assets\/(?!index-)[^/]+\.js$/.test(path));
    expect(scripts(), "no app before the reader reaches for it").toEqual([]);
    expect(
      fetched.filter((path) => path.endsWith(".json")),
      "nor the dataset",
    ).toEqual([]);
    const target = byDate[1]!;
    await firstPaintItem(page, target.id).tap();
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", target.id);
    await expect(page).toHaveURL(new RegExp(`/event/${target.id}/$`));
    expect(scripts().some((path) => /\/start-/.test(path))).toBe(true);
  });

  test("a ?data= file's opening view is drawn without the app, which waits for the reader's first tap and answers it", async ({ page }) => {
    const log = generateDataset(1000, 1) as { title: string };
    await serveFixture(page, "log.json", log);
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto("./?data=fixtures/log.json");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(log.title);
    const boxes = page.getByTestId("timeline-preview").locator("a[data-event-id]");
    await expect(boxes.first()).toBeInViewport();
    expect(await boxes.count()).toBeGreaterThanOrEqual(3);
    // What a reader sees where a box is drawn is that box, its title on it.
    const box = boxes.nth(1);
    const id = (await box.getAttribute("data-event-id"))!;
    const at = (await box.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest("a")?.getAttribute("data-event-id"),
      [at.x + 12, at.y + 12],
    );
    expect(hit).toBe(id);
    await page.waitForLoadState("networkidle");
    expect(
      fetched.filter((path) => /\/assets\/start-/.test(path)),
      "no app before the reader reaches for it",
    ).toEqual([]);
    expect(fetched.filter((path) => path.endsWith("/fixtures/log.json"))).toHaveLength(1);

    await box.tap();
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", id);
    await expect(page).toHaveURL(new RegExp(`\\?data=fixtures/log\\.json#/event/${id}$`));
    expect(fetched.filter((path) => /\/assets\/start-/.test(path))).toHaveLength(1);
    // The app took the file the first paint had read: it was fetched once.
    expect(fetched.filter((path) => path.endsWith("/fixtures/log.json"))).toHaveLength(1);
  });

  for (const [lang, messages, month] of [
    ["ar", ar, "ديسمبر"],
    ["fa", fa, "دسامبر"],
  ] as const) {
    test(`a ?data= file's first paint in ${lang} has its words and dates, loading that language alone`, async ({ page }) => {
      const dataset = datasetCopy();
      dataset.updated = "2026-12-06T23:29:26Z";
      await serveFixture(page, "translated.json", dataset);
      const fetched: string[] = [];
      page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`./?data=fixtures/translated.json&lang=${lang}`);
      await expect(page.getByTestId("timeline-preview").locator("a[data-event-id]").first()).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("button", { name: messages.menu })).toBeVisible();
      // The date under the title, in the language's month and digits (Persian's own).
      await expect(page.getByTestId("timeline-updated")).toContainText(month);
      await expect(page.getByTestId("timeline-updated")).toContainText(lang === "fa" ? "۲۰۲۶" : "2026");
      await page.waitForLoadState("networkidle");
      const scripts = fetched.filter((path) => path.includes("/assets/"));
      expect(
        scripts.filter((path) => /\/start-/.test(path)),
        "no app before the reader reaches for it",
      ).toEqual([]);
      expect(scripts.filter((path) => /\/language\.(ar|fa)-/.test(path)).map((path) => path.match(/language\.(ar|fa)/)![1])).toEqual([
        lang,
      ]);
    });
  }

  test("on a ?data= file's first paint, a first tap on Menu opens the menu once the app is there", async ({ page }) => {
    await serveFixture(page, "log.json", generateDataset(30, 1));
    await page.goto("./?data=fixtures/log.json");
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toBeVisible();
    // One tap: it wakes the app, and the app answers it (the button it drew in place of the first paint's).
    await menu.tap();
    await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("button", { name: "List" })).toBeVisible();
  });

  test("a title and description holding a long address wrap: the page is never wider than the phone", async ({ page }) => {
    const long = "https://example.org/a/very/long/address/that/a/newsroom/pasted/into/its/description/without/spaces";
    const data = { ...(generateDataset(12, 3) as { events: { id: string }[] }), title: `Archive:${long}`, description: `See ${long}.` };
    await serveFixture(page, "long.json", data);
    for (const address of ["./?data=fixtures/long.json", `./?data=fixtures/long.json#/event/${data.events[0]!.id}`]) {
      await page.goto(address);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Archive:");
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });

  test("the app takes a ?data= file's first paint over without moving anything on it", async ({ page }) => {
    const log = generateDataset(1000, 1) as { events: { id: string }[] };
    await serveFixture(page, "log.json", log);
    await page.goto("./?data=fixtures/log.json");
    const firstBox = page.getByTestId("timeline-preview").locator("a[data-event-id]").first();
    await expect(firstBox).toBeVisible();
    // The first paint and the app draw these apart (firstPaint.ts, the app's components): each where the other has it.
    const landmarks = [
      page.getByRole("heading", { level: 1 }),
      page.getByRole("searchbox"),
      page.getByRole("button", { name: "Menu" }),
      page.getByTestId("timeline"),
      page.locator("#timeline-hint"),
      page.locator("#intro-heading"),
    ];
    const where = async () => {
      const boxes = await Promise.all([...landmarks, firstBox].map((locator) => locator.boundingBox()));
      return {
        boxes: boxes.map((box) => box && [box.x, box.y, box.width, box.height].map(Math.round)),
        first: await firstBox.getAttribute("data-event-id"),
      };
    };
    const before = await where();
    await expect(page.getByTestId("filter-summary")).toHaveCount(0);
    // A key wakes the app, as any reaching for the page does, and changes nothing on it.
    await page.keyboard.press("Shift");
    await expect(page.getByTestId("filter-summary")).toBeAttached();
    expect(await where()).toEqual(before);
  });

  test("a swipe across a ?data= file's first paint brings the app and vis-timeline", async ({ page }) => {
    await serveFixture(page, "log.json", generateDataset(200, 2));
    await page.goto("./?data=fixtures/log.json");
    await expect(page.getByTestId("timeline-preview").locator("a[data-event-id]").first()).toBeVisible();
    await swipeAcrossTimeline(page);
    await expect(page.locator(".vis-timeline")).toBeVisible({ timeout: 15_000 });
  });

  test("on a ?data= file's first paint, the search box the reader taps is the app's, focused, once the app is there", async ({ page }) => {
    await serveFixture(page, "log.json", generateDataset(200, 2));
    await page.goto("./?data=fixtures/log.json");
    await expect(page.getByTestId("timeline-preview").locator("a[data-event-id]").first()).toBeVisible();
    await expect(page.getByTestId("filter-summary")).toHaveCount(0);
    await page.getByRole("searchbox").tap();
    await expect(page.getByTestId("filter-summary")).toBeAttached();
    await expect(page.getByRole("searchbox")).toBeFocused();
    await page.keyboard.type("Iran");
    await expect(page).toHaveURL(/[?&]q=Iran/);
  });

  test("a ?data= file the app would refuse, or one too large to read before it, brings the app at once", async ({ page }) => {
    const broken = datasetCopy();
    broken.events[0]!.date = "someday";
    await serveFixture(page, "broken.json", broken);
    await page.goto("./?data=fixtures/broken.json");
    await expect(page.getByText(/does not match the timeline format/)).toBeVisible();
    await serveFixture(page, "large.json", generateDataset(5000, 3));
    await page.goto("./?data=fixtures/large.json");
    await expect(page.getByTestId("filter-summary")).toBeAttached({ timeout: 15_000 });
  });

  test("a deep link the opening page does not show (an unknown id) brings the app at once, with its notice", async ({ page }) => {
    await page.goto("./#/event/no-such-event");
    await expect(page.getByRole("status")).toContainText("no-such-event");
  });

  test("framed, the page tells its host its height at once, and wakes to the host's first request", async ({ page }) => {
    const src = `${SITE_ORIGIN}/event/${meeting.id}/?embed=1`;
    const starts: string[] = [];
    page.on("request", (request) => /\/assets\/start-/.test(request.url()) && starts.push(request.url()));
    await page.goto(`${PARENT_ORIGIN}/?${new URLSearchParams({ src, width: "390" })}`);
    const heights = () =>
      page.evaluate(() =>
        (window as unknown as { received: { data: { type?: string; height?: number } }[] }).received.filter(
          (m) => m.data.type === "timeline:height",
        ),
      );
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
    const iframe = page.locator("#explorer");
    const frame = page.frame({ url: (u) => u.href.startsWith(SITE_ORIGIN) })!;
    await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
    expect((await iframe.boundingBox())!.height).toBeGreaterThan(300);
    expect(starts, "the app waits for the reader or the host").toEqual([]);

    const requested = byDate[1]!;
    await selectFromHost(page, requested.id);
    await expect(page.frameLocator("#explorer").getByTestId("event-detail")).toHaveAttribute("data-event-id", requested.id);
  });

  test("vis-timeline waits for a pan: a first tap on an event selects it from the first paint", async ({ page }) => {
    const timelineChunks: string[] = [];
    page.on("request", (request) => {
      if (/\/assets\/TimelineView-/.test(request.url())) timelineChunks.push(request.url());
    });
    await page.goto("./");
    const target = byDate[2]!;
    await firstPaintItem(page, target.id).tap();
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", target.id);
    await expect(timelineItem(page, target.id)).toHaveAttribute("aria-current", "true");
    // The keys step on the first paint too.
    await page.getByTestId("timeline").focus();
    await page.keyboard.press("ArrowRight");
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[3]!.id);
    // The app is live (the key stepped): had it asked for vis-timeline, the request would have gone
    // out by the time the page has drawn again and the network has fallen quiet.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    await page.waitForLoadState("networkidle");
    expect(timelineChunks, "vis-timeline not fetched before a pan").toEqual([]);
    await expect(page.locator(".vis-timeline")).toHaveCount(0);

    // A swipe across the timeline brings it, on the same selection.
    await swipeAcrossTimeline(page);
    await expect(page.locator(".vis-timeline")).toBeVisible({ timeout: 15_000 });
    await expect(timelineItem(page, byDate[3]!.id)).toHaveClass(/vis-selected/);
    expect(timelineChunks).toHaveLength(1);
  });
});

for (const path of ["./", `./event/${meeting.id}/`, `./event/${meeting.id}/?embed=1`]) {
  test(`${path} fetches each resource once`, async ({ page }) => {
    const fetched = new Map<string, number>();
    page.on("request", (request) => {
      const url = request.url().split("#")[0]!;
      if (!url.startsWith("data:")) fetched.set(url, (fetched.get(url) ?? 0) + 1);
    });
    await page.goto(path);
    await expect(page.locator(".vis-timeline")).toBeVisible();
    await page.waitForLoadState("networkidle");
    const twice = [...fetched].filter(([, count]) => count > 1);
    expect(twice, [...fetched.keys()].join("\n")).toEqual([]);
  });
}
