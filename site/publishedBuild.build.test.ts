import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { ar } from "../src/lib/i18n/messages.ar.ts";
import { en } from "../src/lib/i18n/messages.en.ts";
import { fa } from "../src/lib/i18n/messages.fa.ts";
import { byDate } from "../test-support/eventOrder";
import { generateDataset } from "../test-support/generateDataset.mjs";

// `TIMELINE_DATA=<file> npm run build`: a newsroom publishing its own timeline with the explorer.
describe("building the site around another dataset", () => {
  const work = mkdtempSync(join(tmpdir(), "timeline-publish-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function buildWith(file: string, outDir: string) {
    process.env.TIMELINE_DATA = file;
    try {
      await build({ logLevel: "silent", build: { outDir, emptyOutDir: true, sourcemap: false } });
    } finally {
      delete process.env.TIMELINE_DATA;
    }
  }

  it("ships that dataset as the default one, its opening view prerendered into the page", async () => {
    const data = generateDataset(40, 7) as { title: string; events: { id: string; date: string; translations?: object }[] };
    // Translated into Arabic (pages under ar/), with no basis: nothing to tell an outdated translation by.
    Object.assign(data, { languages: [{ code: "en" }, { code: "ar" }] });
    data.events[0]!.translations = { ar: { title: "عنوان بالعربية" } };
    const file = join(work, "ours.json");
    writeFileSync(file, JSON.stringify(data));
    const outDir = join(work, "site");
    await buildWith(file, outDir);

    expect(JSON.parse(readFileSync(join(outDir, "data/timeline.json"), "utf8"))).toEqual(data);
    const page = readFileSync(join(outDir, "index.html"), "utf8");
    expect(page).toContain(`<title>${data.title}</title>`);
    expect(page).toContain(`>${data.title}</h1>`);
    const earliest = byDate(data.events)[0]!;
    expect(page).toContain(`data-event-id="${earliest.id}"`);
    expect(page).not.toContain("Iran–Syria relations");

    // The build's vis-timeline carries its English strings only (see trimVisLocales).
    const chunks = readdirSync(join(outDir, "assets")).filter((name) => name.endsWith(".js"));
    const bundled = chunks.map((name) => readFileSync(join(outDir, "assets", name), "utf8")).join("\n");
    expect(bundled).toContain("Delete selected");
    expect(bundled).not.toContain("Cancella la selezione");

    // The page's own script, all a reader's browser runs before the prerendered events are live,
    // carries no React: it comes with the app, after the first paint.
    const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(page)![1]!;
    const entryCode = readFileSync(join(outDir, "assets", entry), "utf8");
    expect(entryCode).toContain("data-snapshot");
    expect(entryCode).not.toMatch(/react\.(transitional\.)?element/);

    // A `?data=` file's first paint, and the app, load the reader's language alone: Arabic's and
    // Persian's messages (and date-fns's locales with them) are chunks of their own.
    const code = (name: string) => readFileSync(join(outDir, "assets", name), "utf8");
    const chunk = (prefix: string) => chunks.find((name) => name.startsWith(`${prefix}-`))!;
    const withImports = (name: string, seen = new Set<string>()): Set<string> => {
      seen.add(name);
      for (const [, imported] of code(name).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
        if (!seen.has(imported!)) withImports(imported!, seen);
      return seen;
    };
    for (const first of ["firstPaint", "start"]) {
      const loaded = [...withImports(chunk(first))].map(code).join("\n");
      expect(loaded).toContain(en.introHeading);
      expect(loaded).not.toContain(ar.introHeading);
      expect(loaded).not.toContain(fa.introHeading);
    }
    // Nor does the first paint bring SHA-256 (the first of its round constants), which tells an
    // outdated translation: that comes only for a dataset whose translations carry a basis.
    const sha256 = /1116352408|0x428a2f98/i;
    const withSha256 = (name: string) => [...withImports(chunk(name))].filter((file) => sha256.test(code(file)));
    expect(withSha256("firstPaint")).toEqual([]);
    // Nor the app's (its explorer localises with the digest only once a dataset has made it load).
    expect(withSha256("start")).toEqual([]);
    expect(code(chunk("textDigest"))).toMatch(sha256);
    expect(code(chunk("language.ar"))).toContain(ar.introHeading);
    expect(code(chunk("language.fa"))).toContain(fa.introHeading);

    // An Arabic page's reader loads Arabic's messages beside the page's own script, not after it.
    const arabic = readFileSync(join(outDir, "ar/index.html"), "utf8");
    const preloaded = (html: string) => [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(preloaded(arabic)).toContain(`../assets/${chunk("language.ar")}`);
    expect(preloaded(arabic).join()).not.toContain("language.fa");
    // Not on a touch screen, where the app waits for the reader's first touch.
    expect(arabic).toMatch(/<link rel="modulepreload"[^>]*language\.ar[^>]*media="not all and \(pointer: coarse\)"/);
    const arabicEvent = readFileSync(join(outDir, `ar/event/${data.events[0]!.id}/index.html`), "utf8");
    expect(preloaded(arabicEvent)).toContain(`../../../assets/${chunk("language.ar")}`);
    // Each preloaded file is one the build wrote; an English page preloads no language.
    for (const href of preloaded(arabic)) expect(chunks).toContain(href!.replace("../assets/", ""));
    expect(preloaded(page).join()).not.toContain("language.");
  }, 180_000);

  it("refuses ids that differ only in case, which one page folder would hold on most hosts", async () => {
    const data = generateDataset(12, 3);
    data.events[0]!.id = "Case";
    data.events[1]!.id = "case";
    const file = join(work, "cases.json");
    writeFileSync(file, JSON.stringify(data));
    await expect(buildWith(file, join(work, "cases"))).rejects.toThrow(/differ only in case.*event "Case" and event "case"/);
  }, 60_000);

  it("says which file it could not read", async () => {
    const missing = join(work, "nowhere.json");
    await expect(buildWith(missing, join(work, "failed"))).rejects.toThrow(`TIMELINE_DATA=${missing}`);
  }, 60_000);
});
