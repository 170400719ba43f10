import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import { SaxesParser } from "saxes";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { developingStory, HOSTILE_CORRECTION, STORY } from "../test-support/developingStory.ts";
import { expandOffline } from "../test-support/jsonLd.ts";

const SITE = "https://news.example/timeline/";
const S = "https://schema.org/";

// A newsroom publishes a developing story: events updated and corrected, the site rebuilt.
describe("the site built around a timeline with updates and corrections", () => {
  const work = mkdtempSync(join(tmpdir(), "timeline-feeds-"));
  const outDir = join(work, "site");
  const story = developingStory();
  const read = (path: string) => readFileSync(join(outDir, path), "utf8");
  const changes = story.events.flatMap((event) => event.updates ?? []).length;

  beforeAll(async () => {
    const file = join(work, "story.json");
    writeFileSync(file, JSON.stringify(story));
    Object.assign(process.env, { TIMELINE_DATA: file, SITE_URL: SITE });
    try {
      await build({ logLevel: "silent", build: { outDir, emptyOutDir: true, sourcemap: false } });
    } finally {
      delete process.env.TIMELINE_DATA;
      delete process.env.SITE_URL;
    }
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("writes an Atom feed that is well-formed and reads in a feed reader's parser, newest first", () => {
    const xml = read("feed.xml");
    const parser = new SaxesParser({ xmlns: true });
    const problems: string[] = [];
    parser.on("error", (error) => void problems.push(error.message));
    parser.write(xml).close();
    expect(problems).toEqual([]);

    const feed = parseFeed(xml);
    expect(feed.updated?.toISOString()).toBe("2024-11-22T12:00:00.000Z");
    expect(feed.items).toHaveLength(story.events.length + changes);
    const dates = feed.items.map((item) => item.updated!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items.slice(-3).map((item) => [item.title, item.updated?.toISOString()])).toEqual([
      ["Correction: Assad meets Khamenei in Tehran", "2024-06-03T10:00:00.000Z"],
      ["Assad meets Khamenei in Tehran", "2024-06-03T10:00:00.000Z"],
      ["Update: Assad meets Khamenei in Tehran", "2024-06-02T00:00:00.000Z"],
    ]);
    const hostile = feed.items.find((item) => item.title?.startsWith("Correction: Pezeshkian"))!;
    expect(hostile.url).toBe(`${SITE}event/${STORY.hostile}/`);
    expect(hostile.description).toBe(HOSTILE_CORRECTION);
    expect(xml).not.toContain("<script");
  });

  it("writes the same entries as a JSON Feed 1.1", () => {
    const feed = JSON.parse(read("feed.json"));
    expect(feed).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: story.title, home_page_url: SITE });
    expect(feed.items).toHaveLength(story.events.length + changes);
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(parseFeed(read("feed.xml")).items.map((item) => item.id));
  });

  it("links every page to both feeds", () => {
    const pages = [
      "index.html",
      ...readdirSync(join(outDir, "event")).map((id) => `event/${id}/index.html`),
      ...readdirSync(join(outDir, "period")).map((id) => `period/${id}/index.html`),
    ];
    expect(pages.length).toBeGreaterThan(story.events.length);
    for (const path of pages) {
      const html = read(path);
      expect(html, path).toContain(`<link rel="alternate" type="application/atom+xml" href="${SITE}feed.xml"`);
      expect(html, path).toContain(`<link rel="alternate" type="application/feed+json" href="${SITE}feed.json"`);
    }
  });

  it("gives each event's page its structured data, the hostile note inert in the raw HTML", async () => {
    const html = read(`event/${STORY.hostile}/index.html`);
    expect(html).not.toContain("<script>alert(1)");
    const head = DomUtils.getElementsByTagName("head", parseDocument(html))[0]!;
    const blocks = DomUtils.getElementsByTagName("script", head).filter((script) => script.attribs.type === "application/ld+json");
    expect(blocks).toHaveLength(1);
    const [article] = (await expandOffline(JSON.parse(DomUtils.textContent(blocks[0]!)))) as Record<string, { "@value"?: string }[]>[];
    expect(article!["@type"]).toEqual([`${S}NewsArticle`]);
    expect(article![`${S}dateModified`]![0]!["@value"]).toBe("2024-11-21T08:30:00Z");
    const [correction] = article![`${S}correction`] as unknown as Record<string, { "@value"?: string }[]>[];
    expect(correction!["@type"]).toEqual([`${S}CorrectionComment`]);
    expect(correction![`${S}text`]![0]!["@value"]).toBe(HOSTILE_CORRECTION);
    // The page's CSP allows the scripts that run, and no data block.
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    const runs = DomUtils.getElementsByTagName("script", parseDocument(html)).filter(
      (script) => !script.attribs.src && !script.attribs.type,
    );
    expect(policy.match(/'sha256-/g)).toHaveLength(runs.length);

    for (const id of readdirSync(join(outDir, "event"))) {
      expect(read(`event/${id}/index.html`).match(/<script type="application\/ld\+json">/g), id).toHaveLength(1);
    }
    expect(read("index.html")).not.toContain("application/ld+json");
  });
});
