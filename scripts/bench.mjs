#!/usr/bin/env node
// `npm run bench`: measures the built site in Chromium on 7, 1,000 and 5,000 events, a fresh
// browser context per run, each dataset three ways: published (built into the site, as
// `TIMELINE_DATA=… npm run build` does, so its opening view is prerendered), opened at run
// time with `?data=` in the default build, and as a TimelineJS file. Sizes past 5,000
// (`BENCH_SIZES=20000,50000,100000`) are a researcher's log: `?data=` only, beside the floor of
// fetching and parsing the same file. A benchmark, not a test: it never fails on a time.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { instrument } from "./benchProbe.mjs";
import { deepLinks } from "./benchDeepLinks.mjs";
import { printReport } from "./benchReport.mjs";
import { selectionLatencies } from "./benchSelections.mjs";
import { benchSites } from "./benchSites.mjs";
import { benchStudio } from "./benchStudio.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { loadAppModule } from "../site/appModule.mjs";

// The app's own order of events, applied to raw JSON (test-support/eventOrder.ts, run through Vite).
const eventOrder = await loadAppModule(new URL("../test-support/eventOrder.ts", import.meta.url));
const { byDate } = eventOrder.module;
await eventOrder.close();

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "7,1000,5000").split(",").map(Number);
/** The generator's shapes to measure: "spread" (2000–2024, mostly to the day) and "dense" (a
 * researcher's log, 2020–2024, many known only to the month or year; `?data=` only). */
const SHAPES = (process.env.BENCH_SHAPES ?? "spread").split(",");
/** Which parts to run: the explorer's tables, the studio's (`BENCH_SECTIONS=studio` runs only it). */
const SECTIONS = (process.env.BENCH_SECTIONS ?? "explorer,studio").split(",");
const STUDIO_SIZES = (process.env.BENCH_STUDIO_SIZES ?? "1000,10000").split(",").map(Number);
/** Which ways of opening a dataset to measure (`BENCH_MODES=runtime` skips building sites). */
const MODES_RUN = (process.env.BENCH_MODES ?? "published,runtime,timelinejs").split(",");
/** Which rows to measure: "open" (first visible, heap, DOM, long tasks, pans, search), "floor",
 * "select" (selection by each way) and "deeplink" (`BENCH_ROWS=select` measures selections alone). */
const ROWS = (process.env.BENCH_ROWS ?? "open,floor,select,deeplink").split(",");
// A port of its own, so the bench never collides with a running explorer or test run.
const PORT = await freePort();
const DIST = process.env.BENCH_DIST ?? "dist";
const SITES = join("bench-results", "sites");
/** Past this many events, a dataset is measured as a log opened with `?data=`: no site is built for it. */
const PUBLISHED_UP_TO = 5000;

if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ is missing: run `npm run build` first (`npm run bench` does).");
  process.exit(2);
}

mkdirSync(join(DIST, "bench"), { recursive: true });
mkdirSync(SITES, { recursive: true });
const sitesFor = (size, shape) =>
  benchSites(size, { dist: DIST, sites: SITES, publishedUpTo: PUBLISHED_UP_TO, published: MODES_RUN.includes("published"), shape });
/** A table's column: a size, of a shape (the spread one's key is the size alone). */
const columns = SHAPES.flatMap((shape) => SIZES.filter((size) => shape === "spread" || size > 7).map((size) => ({ size, shape })));
const columnKey = ({ size, shape }) => (shape === "spread" ? String(size) : `${size}-${shape}`);

/** The deep-link target: the 6th event by date, or in a log, the one in the middle. */
const deepLinkTarget = (data) => {
  const sorted = byDate(data.events);
  return sorted.length > PUBLISHED_UP_TO ? sorted[Math.floor(sorted.length / 2)] : sorted[5];
};

/** Raw and gzip bytes of each JS and CSS file a site serves (read once per site). */
const assetSizesByDir = new Map();
function assetSizes(dir) {
  if (assetSizesByDir.has(dir)) return assetSizesByDir.get(dir);
  const files = readdirSync(join(dir, "assets")).filter((f) => /\.(js|css)$/.test(f));
  const sizes = Object.fromEntries(
    files.map((f) => {
      const body = readFileSync(join(dir, "assets", f));
      return [f, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length }];
    }),
  );
  assetSizesByDir.set(dir, sizes);
  return sizes;
}
const bytes = assetSizes(DIST);

const origin = `http://127.0.0.1:${PORT}/`;
/** Serves `dir` on the bench's port while `use` runs. */
async function serving(dir, use) {
  const server = await preview({
    build: { outDir: dir },
    preview: { port: PORT, strictPort: true, host: "127.0.0.1" },
    logLevel: "silent",
  });
  try {
    return await use();
  } finally {
    await server.close();
  }
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"] });

async function measure(data, { dir, query, deepLink, searchedLink, file }) {
  const target = deepLinkTarget(data);
  const sizes = assetSizes(dir);
  const result = {};

  // Load: first event visible, heap, DOM, long tasks, bytes before first visible.
  if (ROWS.includes("open")) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(instrument, null);
    await page.goto(`${origin}${query}`);
    await page.waitForFunction(() => window.__bench.firstVisible !== undefined && window.__bench.timelineDrawn !== undefined, null, {
      timeout: 120_000,
    });
    await page.waitForTimeout(1000); // let late work land in the long-task list
    const marks = await page.evaluate(() => window.__bench);
    result.firstVisible = marks.firstVisible;
    result.timelineDrawn = marks.timelineDrawn;
    result.blocking = marks.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
    result.longestTask = Math.max(0, ...marks.longTasks);
    result.tasksOver200 = marks.longTasks.filter((d) => d > 200).length;
    result.dom = await page.evaluate(() => document.getElementsByTagName("*").length);
    const early = await page.evaluate(
      (t) =>
        performance
          .getEntriesByType("resource")
          // Everything requested before that moment counts, whether or not it had finished arriving.
          .filter((e) => e.startTime <= t)
          .map((e) => new URL(e.name).pathname.split("/").pop()),
      marks.firstVisible,
    );
    result.bytesBeforeVisible = early.reduce((sum, f) => sum + (sizes[f]?.gzip ?? 0), 0);
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    result.heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;

    // Pan and zoom: frame times over a scripted drag and wheel zoom.
    const box = await page.getByTestId("timeline").boundingBox();
    const y = box.y + 20;
    await page.evaluate(() => (window.__bench.recording = true));
    await page.mouse.move(box.x + box.width * 0.7, y);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(box.x + box.width * 0.7 - i * 10, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.mouse.move(box.x + box.width / 2, y);
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(40);
    }
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(40);
    }
    const frames = await page.evaluate(() => ((window.__bench.recording = false), window.__bench.frames));
    frames.sort((a, b) => a - b);
    result.frameMedian = frames[Math.floor(frames.length / 2)] ?? NaN;
    result.frameP95 = frames[Math.min(frames.length - 1, Math.floor(frames.length * 0.95))] ?? NaN;

    // Search: "Tehran" in one input event, from it to the count of matches shown; then typed
    // a key at a time into the focused box, the longest task meanwhile.
    const search = page.getByRole("searchbox");
    await search.click();
    result.search = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const summary = document.querySelector("[data-testid=filter-summary]");
          const box = document.querySelector("input[type=search]");
          let typed = 0;
          new MutationObserver(() => {
            if (typed && /\d/.test(summary.textContent ?? "")) resolve(performance.now() - typed);
          }).observe(summary, { subtree: true, childList: true, characterData: true });
          typed = performance.now();
          // React hears an input event on a value set through the prototype's setter.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(box, "Tehran");
          box.dispatchEvent(new Event("input", { bubbles: true }));
        }),
    );
    await search.fill("");
    await page.waitForTimeout(500);
    await page.evaluate(() => (window.__bench.longTasks.length = 0));
    // Typed into the focused box, not through the locator: resolving a role locator runs
    // Playwright's query of the page on its main thread, a long task that is not the page's own.
    await page.keyboard.type("Tehran", { delay: 60 });
    await page.waitForTimeout(1000);
    result.searchLongestTask = await page.evaluate(() => Math.max(0, ...window.__bench.longTasks));
    await context.close();
  }

  // The floor: what the browser needs merely to fetch and parse the same file.
  if (file && ROWS.includes("floor")) {
    const context = await browser.newContext();
    await context.route(`${origin}__floor`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html>" }));
    const page = await context.newPage();
    await page.goto(`${origin}__floor`);
    result.floor = await page.evaluate(async (url) => {
      const start = performance.now();
      JSON.parse(await (await fetch(url)).text());
      return performance.now() - start;
    }, file);
    await context.close();
  }

  if (ROWS.includes("select"))
    Object.assign(
      result,
      await selectionLatencies({ browser, origin, sorted: byDate(data.events), target: deepLinkTarget(data), deepLink }),
    );

  if (ROWS.includes("deeplink"))
    Object.assign(result, await deepLinks({ browser, origin, sorted: byDate(data.events), target, deepLink, searchedLink }));
  return result;
}

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
};

const MODES = {
  published: "Published: the dataset built into the site (`TIMELINE_DATA=<file> npm run build`; 7 events = the bundled dataset)",
  runtime: "Opened at run time with `?data=<file>` in the default build",
  timelinejs: "The same events as a TimelineJS JSON file, opened with `?data=<file>` (deep link: TimelineJS's `#event-<id>`)",
};
const results = { published: {}, runtime: {}, timelinejs: {} };
const buildTimes = {};
const fileBytes = {};
for (const column of SECTIONS.includes("explorer") ? columns : []) {
  const { size, shape } = column;
  const key = columnKey(column);
  const { data, pages, ...sites } = await sitesFor(size, shape);
  if (pages) buildTimes[size] = pages;
  fileBytes[key] = statSync(join(DIST, sites.runtime.file)).size;
  for (const mode of Object.keys(MODES)) {
    if (!sites[mode] || !MODES_RUN.includes(mode)) continue;
    const runs = [];
    await serving(sites[mode].dir, async () => {
      for (let i = 0; i < RUNS; i++) {
        runs.push(await measure(data, sites[mode]));
        process.stderr.write(`  ${key} events, ${mode}: run ${i + 1}/${RUNS} done\n`);
      }
    });
    results[mode][key] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, summary(runs.map((r) => r[k]))]));
  }
}
const studio = SECTIONS.includes("studio")
  ? await serving(DIST, () => benchStudio({ browser, origin, dist: DIST, sizes: STUDIO_SIZES, runs: RUNS, summary }))
  : {};
const version = browser.version();
await browser.close();

printReport({
  runs: RUNS,
  sizes: SIZES,
  columns: columns.map(columnKey),
  modes: MODES,
  version,
  results,
  buildTimes,
  fileBytes,
  bytes,
  studio,
});
