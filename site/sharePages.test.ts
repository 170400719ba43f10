import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trimAtWord } from "./render/sharePages";

const SITE = "https://news.example/iran-syria/";
const bundledText = readFileSync(new URL("../data/timeline.json", import.meta.url), "utf8");
interface Raw {
  title: string;
  published?: string | null;
  updated?: string | null;
  description: string;
  categories: { id: string }[];
  events: { id: string; date: string; title: string; summary: string; published?: string | null }[];
  periods: { id: string; label: string }[];
}
const bundled = JSON.parse(bundledText) as Raw;

const work = mkdtempSync(join(tmpdir(), "timeline-share-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function buildSite(name: string, env: { SITE_URL?: string; data?: object } = {}): Promise<string> {
  const outDir = join(work, name);
  if (env.data) {
    process.env.TIMELINE_DATA = join(work, `${name}.json`);
    writeFileSync(process.env.TIMELINE_DATA, JSON.stringify(env.data));
  }
  if (env.SITE_URL !== undefined) process.env.SITE_URL = env.SITE_URL;
  try {
    await build({ logLevel: "silent", build: { outDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    delete process.env.TIMELINE_DATA;
    delete process.env.SITE_URL;
  }
  return outDir;
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The head as a link unfurler reads it: raw HTML, no script run. */
function unfurl(html: string) {
  const head = html.slice(0, html.indexOf("</head>"));
  const meta = new Map<string, string>();
  for (const [, key, content] of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)">/g)) meta.set(key!, decode(content!));
  const link = (rel: string) => {
    const tag = new RegExp(`<link rel="${rel}"[^>]*href="([^"]*)"`).exec(head);
    return tag ? decode(tag[1]!) : null;
  };
  return {
    title: decode(/<title>([^<]*)<\/title>/.exec(head)![1]!),
    meta,
    canonical: link("canonical"),
    oembed: link('alternate" type="application/json\\+oembed'),
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the published site, built with SITE_URL", () => {
  let dist = "";
  beforeAll(async () => {
    dist = await buildSite("site", { SITE_URL: SITE });
  }, 120_000);
  const fileOf = (url: string) => join(dist, url.slice(SITE.length));

  it("gives every event a page whose raw HTML tells an unfurler what it is", () => {
    const cardHashes = new Set<string>();
    for (const event of bundled.events) {
      const page = join(dist, "event", event.id, "index.html");
      const { title, meta, canonical, oembed } = unfurl(readFileSync(page, "utf8"));
      const url = `${SITE}event/${event.id}/`;
      expect(title).toBe(`${event.title} · ${bundled.title}`);
      expect(meta.get("description")).toBe(trimAtWord(event.summary));
      expect(event.summary.replace(/\s+/g, " ").startsWith(meta.get("description")!.replace(/…$/, ""))).toBe(true);
      expect(meta.get("og:title")).toBe(event.title);
      expect(meta.get("og:description")).toBe(meta.get("description"));
      expect(meta.get("og:type")).toBe("article");
      expect(meta.get("og:site_name")).toBe(bundled.title);
      expect(meta.get("og:url")).toBe(url);
      expect(canonical).toBe(url);
      expect(meta.get("twitter:card")).toBe("summary_large_image");
      expect(meta.get("og:image:alt")).toContain(event.title);
      expect(meta.get("article:published_time")).toBe(event.published ?? bundled.published ?? bundled.updated ?? undefined);
      expect([meta.get("og:image:width"), meta.get("og:image:height")]).toEqual(["1200", "630"]);

      const card = readFileSync(fileOf(meta.get("og:image")!));
      expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
      cardHashes.add(createHash("sha256").update(card).digest("hex"));

      expect(oembed).toBe(`${url}oembed.json`);
      const embed = JSON.parse(readFileSync(fileOf(oembed!), "utf8"));
      expect(embed).toMatchObject({ version: "1.0", type: "rich", title, provider_name: bundled.title, provider_url: SITE });
      expect(embed.thumbnail_url).toBe(meta.get("og:image"));
      expect(embed.html).toContain(`<iframe src="${url}?embed=1"`);
      expect(embed.width).toBeGreaterThan(0);
      expect(embed.height).toBeGreaterThan(0);
    }
    expect(cardHashes.size, "one distinct card per event").toBe(bundled.events.length);
  });

  it("gives the opening page and each period the same, and lists every page in the sitemap", () => {
    const home = unfurl(readFileSync(join(dist, "index.html"), "utf8"));
    expect(home.title).toBe(bundled.title);
    expect(home.meta.get("og:type")).toBe("website");
    expect(home.meta.get("og:url")).toBe(SITE);
    expect(home.meta.get("description")).toBe(trimAtWord(bundled.description));
    expect(pngSize(readFileSync(fileOf(home.meta.get("og:image")!)))).toEqual({ width: 1200, height: 630 });
    for (const period of bundled.periods) {
      const { title, meta } = unfurl(readFileSync(join(dist, "period", period.id, "index.html"), "utf8"));
      expect(title).toBe(`${period.label} · ${bundled.title}`);
      expect(meta.get("og:url")).toBe(`${SITE}period/${period.id}/`);
    }
    const sitemap = readFileSync(join(dist, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
    // Each page, and its version in each translation the bundled dataset has (ar/, fa/).
    const paths = ["", ...bundled.events.map((e) => `event/${e.id}/`), ...bundled.periods.map((p) => `period/${p.id}/`)];
    expect(locs.sort()).toEqual(["", "ar/", "fa/"].flatMap((folder) => paths.map((path) => `${SITE}${folder}${path}`)).sort());
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it("reaches its own files from two folders down, under the same hashed policy", () => {
    const page = readFileSync(join(dist, "event", bundled.events[0]!.id, "index.html"), "utf8");
    const own = [...page.matchAll(/\s(?:src|href)="([^"]+)"/g)].map(([, ref]) => ref!).filter((ref) => !ref.startsWith("http"));
    expect(own.length).toBeGreaterThan(2);
    for (const ref of own) {
      // Up to the site's root, or the page itself (the embed's link to the full explorer).
      expect(ref, `${ref} from an event page`).toMatch(/^\.\.\/\.\.\/|^#|^\.\/(?:[?#]|$)/);
      if (!ref.startsWith("#")) expect(existsSync(join(dist, "event", bundled.events[0]!.id, ref.split("#")[0]!)), ref).toBe(true);
    }
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'sha256-/);
  });
});

describe("the published site, built without SITE_URL", () => {
  it("writes every page and card, and leaves out only what needs an absolute URL", async () => {
    const dist = await buildSite("relative");
    const event = bundled.events[0]!;
    const { meta, canonical, oembed } = unfurl(readFileSync(join(dist, "event", event.id, "index.html"), "utf8"));
    expect(meta.get("og:title")).toBe(event.title);
    expect(canonical).toBe("./");
    expect(meta.has("og:url")).toBe(false);
    expect(meta.has("og:image")).toBe(false);
    expect(oembed).toBeNull();
    expect(existsSync(join(dist, "sitemap.xml"))).toBe(false);
    expect(existsSync(join(dist, "robots.txt"))).toBe(true);
  }, 120_000);

  it("stops at a SITE_URL that is not an absolute http(s) folder, naming it", async () => {
    await expect(buildSite("bad", { SITE_URL: "news.example/iran-syria" })).rejects.toThrow('SITE_URL="news.example/iran-syria"');
  }, 60_000);
});

describe("a hostile dataset", () => {
  it("comes out as text in every tag and attribute the build writes", async () => {
    const hostile = JSON.parse(bundledText) as Raw;
    const payload = '"><script>alert(1)</script><meta http-equiv="refresh" content="0;url=javascript:alert(2)">';
    hostile.title = `Title ${payload}`;
    hostile.description = `Description ${payload}`;
    hostile.events[0]!.title = `Event ${payload}`;
    hostile.events[0]!.summary = `Summary ${payload}`;
    const dist = await buildSite("hostile", { SITE_URL: SITE, data: hostile });
    const html = readFileSync(join(dist, "event", hostile.events[0]!.id, "index.html"), "utf8");
    expect(html).not.toMatch(/<script>alert|http-equiv="refresh"/);
    const { title, meta } = unfurl(html);
    expect(title).toBe(`Event ${payload} · Title ${payload}`);
    expect(meta.get("og:title")).toBe(`Event ${payload}`);
    expect(meta.get("og:site_name")).toBe(`Title ${payload}`);
    expect(meta.get("description")).toBe(trimAtWord(`Summary ${payload}`));
    const embed = JSON.parse(readFileSync(join(dist, "event", hostile.events[0]!.id, "oembed.json"), "utf8"));
    expect(embed.html).not.toContain("<script>alert");
    expect(embed.title).toBe(title);
  }, 120_000);
});
