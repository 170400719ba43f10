import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import type { Page } from "@playwright/test";
import { build } from "vite";
import { developingStory, HOSTILE_CORRECTION, STORY } from "../test-support/developingStory";
import { expandOffline } from "../test-support/jsonLd";
import { byDate, dataset, eventDetail, expect, test } from "./fixtures";

/** The address `npm run build:e2e` gives the site (SITE_URL). */
const SITE_URL = "https://timeline.example/iran-syria/";

/** The head's links to the feeds. */
const feedLinks = (page: Page) =>
  page
    .locator('head link[rel="alternate"]')
    .evaluateAll((links) =>
      links
        .filter((link) => /atom\+xml|feed\+json/.test(link.getAttribute("type")!))
        .map((link) => [link.getAttribute("type"), link.getAttribute("href")]),
    );

/** The head's JSON-LD blocks, each parsed. */
const jsonLdBlocks = (page: Page) =>
  page
    .locator('head script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent!)));

test("every page links to the site's feeds, which read in a feed reader's parser", async ({ page, request }) => {
  const period = (dataset as unknown as { periods: { id: string }[] }).periods[0]!;
  for (const path of ["", `event/${byDate[2]!.id}/`, `period/${period.id}/`]) {
    await page.goto(path);
    expect(await feedLinks(page), path || "the opening page").toEqual([
      ["application/atom+xml", `${SITE_URL}feed.xml`],
      ["application/feed+json", `${SITE_URL}feed.json`],
    ]);
  }
  const atom = parseFeed(await (await request.get("feed.xml")).text());
  expect(atom.items).toHaveLength(dataset.events.length);
  expect(atom.items.map((item) => item.url)).toContain(`${SITE_URL}event/${byDate[2]!.id}/`);
  const json = await (await request.get("feed.json")).json();
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
});

test("an event's page carries its structured data, which a JSON-LD processor reads as a news article about the event", async ({ page }) => {
  const event = byDate[5]!;
  await page.goto(`event/${event.id}/`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", event.id);
  const blocks = await jsonLdBlocks(page);
  expect(blocks).toHaveLength(1);
  const [article] = (await expandOffline(blocks[0])) as Record<string, unknown>[];
  expect(article!["@type"]).toEqual(["https://schema.org/NewsArticle"]);
  expect(article!["https://schema.org/about"]).toEqual([expect.objectContaining({ "@type": ["https://schema.org/Event"] })]);
  // The opening page is no article.
  await page.goto("");
  expect(await jsonLdBlocks(page)).toEqual([]);
});

test("each translation's event page carries its structured data in its language, tied to the original's page", async ({ page }) => {
  const event = byDate[5]! as (typeof byDate)[number] & { translations: Record<string, { title: string }> };
  const path = `event/${event.id}/`;
  const S = "https://schema.org/";
  const read = async (at: string) => {
    await page.goto(at);
    const blocks = await jsonLdBlocks(page);
    expect(blocks, at).toHaveLength(1);
    return ((await expandOffline(blocks[0])) as Record<string, { "@value"?: string; [key: string]: unknown }[]>[])[0]!;
  };
  const value = (node: Record<string, unknown>, property: string) =>
    ((node[`${S}${property}`] ?? []) as { "@value"?: string }[]).map((v) => v["@value"]);
  const links = (node: Record<string, unknown>, property: string) =>
    ((node[`${S}${property}`] ?? []) as Record<string, unknown>[]).map((work) => [value(work, "inLanguage")[0], value(work, "url")[0]]);

  const original = await read(path);
  expect(value(original, "inLanguage")).toEqual(["en"]);
  expect(links(original, "workTranslation")).toEqual([
    ["ar", `${SITE_URL}ar/${path}`],
    ["fa", `${SITE_URL}fa/${path}`],
  ]);
  for (const lang of ["ar", "fa"]) {
    const article = await read(`${lang}/${path}`);
    expect(article["@type"]).toEqual([`${S}NewsArticle`]);
    expect(value(article, "inLanguage")).toEqual([lang]);
    expect(value(article, "headline")).toEqual([event.translations[lang]!.title]);
    expect(value(article, "url")).toEqual([`${SITE_URL}${lang}/${path}`]);
    expect(links(article, "translationOfWork")).toEqual([["en", `${SITE_URL}${path}`]]);
  }
});

test.describe("a site whose correction note holds a script", () => {
  const work = mkdtempSync(join(tmpdir(), "timeline-story-"));
  const outDir = join(work, "site");
  const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const file = join(work, "story.json");
    writeFileSync(file, JSON.stringify(developingStory()));
    Object.assign(process.env, { TIMELINE_DATA: file, SITE_URL });
    try {
      await build({ logLevel: "silent", build: { outDir, emptyOutDir: true, sourcemap: false } });
    } finally {
      delete process.env.TIMELINE_DATA;
      delete process.env.SITE_URL;
    }
  });
  test.afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("runs nothing from it: no dialog, the page's own scripts under its CSP, the head's JSON-LD parsing to the note", async ({
    page,
    baseURL,
  }) => {
    // That site, served from the same origin as the suite's (the fixture fails the test on any dialog or CSP violation).
    await page.route(`${baseURL}story/**`, (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/story\//, ""));
      const file = path === "" || path.endsWith("/") ? `${path}index.html` : path;
      try {
        return route.fulfill({ body: readFileSync(join(outDir, file)), contentType: TYPES[extname(file)] ?? "application/octet-stream" });
      } catch {
        return route.fulfill({ status: 404 });
      }
    });
    await page.goto(`story/event/${STORY.hostile}/`);
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", STORY.hostile);
    // The app is running: a selection from the list works.
    await page.getByRole("button", { name: "List" }).click();
    await expect(page.locator(`[data-list-event-id="${STORY.corrected}"]`)).toBeVisible();
    const [article] = await jsonLdBlocks(page);
    expect(article.correction).toEqual([{ "@type": "CorrectionComment", text: HOSTILE_CORRECTION, datePublished: "2024-11-21T08:30:00Z" }]);
    expect(
      await page.locator("head script").evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes("alert(1)")).length),
    ).toBe(1);
  });
});
