import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { generateDataset } from "../test-support/generateDataset.mjs";

// A newsroom writing in Persian publishes its timeline: its ids are in its own script.
describe("a published dataset whose ids are in another script", () => {
  const work = mkdtempSync(join(tmpdir(), "timeline-unicode-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("gets a page per event, in a folder named by the id, linked percent-encoded", async () => {
    const data = generateDataset(12, 5) as { events: { id: string }[] };
    const id = "دیدار-در-تهران";
    data.events[0]!.id = id;
    const file = join(work, "fa.json");
    writeFileSync(file, JSON.stringify(data));
    const outDir = join(work, "site");
    Object.assign(process.env, { TIMELINE_DATA: file, SITE_URL: "https://news.example/timeline/" });
    try {
      await build({ logLevel: "silent", build: { outDir, emptyOutDir: true, sourcemap: false } });
    } finally {
      delete process.env.TIMELINE_DATA;
      delete process.env.SITE_URL;
    }
    // The folder a static host looks in for `event/%D8%AF…/`: the id as written.
    const page = readFileSync(join(outDir, "event", id, "index.html"), "utf8");
    const encoded = `https://news.example/timeline/event/${encodeURIComponent(id)}/`;
    expect(page).toContain(`<link rel="canonical" href="${encoded}">`);
    expect(page).toContain(`property="og:url" content="${encoded}"`);
    expect(page).toContain(`data-event-id="${id}"`);
    expect(existsSync(join(outDir, "event", encodeURIComponent(id)))).toBe(false);
    expect(readFileSync(join(outDir, "sitemap.xml"), "utf8")).toContain(`<loc>${encoded}</loc>`);
  }, 90_000);
});
