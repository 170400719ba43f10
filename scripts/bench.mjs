#!/usr/bin/env node
// `npm run bench`: measures the built site in Chromium on 7, 1,000 and 5,000 events, a fresh
// browser context per run, each dataset three ways: published (built into the site, as
// `TIMELINE_DATA=… npm run build` does, so its opening view is prerendered), opened at run
// time with `?data=` in the default build, and as a TimelineJS file. Sizes past 5,000
// (`BENCH_SIZES=20000,50000,100000`) are a researcher's log: `?data=` only, beside the floor of
// fetching and parsing the same file. A benchmark, not a test: it never fails on a time.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { instrument, instrumentInput, selectionShown } from "./benchProbe.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { loadAppModule } from "../site/appModule.mjs";

// The app's own order of events, applied to raw JSON (test-support/eventOrder.ts, run through Vite).
const eventOrder = await loadAppModule("/test-support/eventOrder.ts");
const { byDate } = eventOrder.module;
await eventOrder.close();

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "7,1000,5000").split(",").map(Number);
/** Which ways of opening a dataset to measure (`BENCH_MODES=runtime` skips building sites). */
const MODES_RUN = (process.env.BENCH_MODES ?? "published,runtime,timelinejs").split(",");
// A port of its own, so the bench never collides with a running explorer or test run.
const PORT = await freePort();
const DIST = "dist";
const SITES = join("bench-results", "sites");
/** Past this many events, a dataset is measured as a log opened with `?data=`: no site is built for it. */
const PUBLISHED_UP_TO = 5000;

if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ is missing: run `npm run build` first (`npm run bench` does).");
  process.exit(2);
}

// Datasets: the bundled one for 7 events, synthetic ones (same seed every time) for the rest.
mkdirSync(join(DIST, "bench"), { recursive: true });
mkdirSync(SITES, { recursive: true });
const bundledPath = join("data", "timeline.json");
const bundled = JSON.parse(readFileSync(bundledPath, "utf8"));

/** The two ways to the same dataset: its own build, and the default build with `?data=`. */
async function sitesFor(size) {
  const ownData = size === bundled.events.length || size === 7;
  const data = ownData ? bundled : generateDataset(size, 1);
  const file = ownData ? bundledPath : join(DIST, "bench", `events-${size}.json`);
  if (!ownData) writeFileSync(file, JSON.stringify(data));
  const runtimeData = ownData ? bundledPath : `bench/events-${size}.json`;
  const runtime = { dir: DIST, query: `?data=${runtimeData}`, deepLink: (id) => `?data=${runtimeData}#/event/${id}`, file: runtimeData };
  if (size > PUBLISHED_UP_TO || !MODES_RUN.includes("published")) return { data, runtime };
  const timelineJsData = `bench/timelinejs-${size}.json`;
  writeFileSync(join(DIST, timelineJsData), JSON.stringify(asTimelineJs(data)));
  const dir = join(SITES, String(size));
  process.env.TIMELINE_DATA = file;
  // Twice: with an empty social-card cache (every card drawn), then again as a rebuild finds it.
  process.env.CARD_CACHE_DIR = join(SITES, `card-cache-${size}`);
  rmSync(process.env.CARD_CACHE_DIR, { recursive: true, force: true });
  const buildTimes = [];
  for (let i = 0; i < 2; i++) {
    const start = performance.now();
    await build({ logLevel: "warn", build: { outDir: dir, emptyOutDir: true } });
    buildTimes.push(performance.now() - start);
  }
  delete process.env.TIMELINE_DATA;
  delete process.env.CARD_CACHE_DIR;
  const pages = { cold: buildTimes[0], warm: buildTimes[1] };
  return {
    data,
    pages,
    // Published: its deep link is the event's own page; opened at run time, the hash.
    published: { dir, query: "", deepLink: (id) => `event/${id}/` },
    runtime,
    timelinejs: { dir: DIST, query: `?data=${timelineJsData}`, deepLink: (id) => `?data=${timelineJsData}#event-${id}` },
  };
}

/** The same events as a TimelineJS JSON file (slides with HTML text, groups), for the cost of
 * opening one: the ids are kept as `unique_id`, so the deep link is the same event. */
function asTimelineJs(data) {
  const labels = new Map(data.categories.map((c) => [c.id, c.label]));
  const parts = (date) => {
    const [year, month, day] = date.split("-");
    return { year, month, day };
  };
  return {
    title: { text: { headline: data.title, text: data.description ?? "" } },
    events: data.events.map((e) => ({
      unique_id: e.id,
      start_date: parts(e.date),
      ...(e.end ? { end_date: parts(e.end) } : {}),
      text: { headline: e.title, text: `<p>${e.summary}</p>` },
      group: labels.get(e.category),
    })),
  };
}

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

async function measure(data, { dir, query, deepLink, file }) {
  const target = deepLinkTarget(data);
  const sizes = assetSizes(dir);
  const result = {};

  // Load: first event visible, heap, DOM, long tasks, bytes before first visible.
  {
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
    // a key at a time, the longest task meanwhile.
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
    await search.pressSequentially("Tehran", { delay: 60 });
    await page.waitForTimeout(1000);
    result.searchLongestTask = await page.evaluate(() => Math.max(0, ...window.__bench.longTasks));
    await context.close();
  }

  // The floor: what the browser needs merely to fetch and parse the same file.
  if (file) {
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

  Object.assign(result, await selectionLatencies(data, { query, deepLink }));

  // Deep link: the 6th event by date (in a log, the middle one), from a fresh context.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(instrument, target.id);
    await page.goto(`${origin}${deepLink(target.id)}`);
    await page.waitForFunction(() => window.__bench.deepLink !== undefined, null, { timeout: 120_000 });
    const marks = await page.evaluate(() => window.__bench);
    result.deepLink = marks.deepLink;
    result.deepLinkAfterData = marks.deepLink - (marks.dataIn ?? 0);
    await context.close();
  }
  return result;
}

/** How many selections of each kind a run makes. */
const SELECTIONS = 10;
const SELECTION_KINDS = ["keys", "click", "hash", "list", "embed"];

/** The address of `deepLink` in the embed: `embed=1` added to its query. */
function embedAddress(address) {
  const [beforeHash, hash = ""] = address.split("#");
  return `${beforeHash}${beforeHash.includes("?") ? "&" : "?"}embed=1${hash ? `#${hash}` : ""}`;
}

/** Selecting events once the timeline is live, by each way a reader (or a host page) selects:
 * p50 and p95 of input to the frame that shows the event, and the longest task meanwhile. */
async function selectionLatencies(data, { deepLink }) {
  const sorted = byDate(data.events);
  const target = deepLinkTarget(data);
  const spread = (k) => sorted[Math.floor((sorted.length * (k + 1)) / (SELECTIONS + 2))].id;
  const samples = Object.fromEntries(SELECTION_KINDS.map((kind) => [kind, []]));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument, null);
  await context.addInitScript(instrumentInput);
  await context.route(`${origin}__host`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>host</title><iframe src="${embedAddress(deepLink(target.id))}" style="width:600px;height:700px;border:0"></iframe>`,
    }),
  );
  const page = await context.newPage();
  // A step that cannot be taken fails the run rather than waiting for ever.
  page.setDefaultTimeout(30_000);
  const live = (frame) =>
    frame.waitForFunction(() => window.__bench.timelineDrawn !== undefined && document.querySelector("[data-testid=event-detail]"), null, {
      timeout: 120_000,
    });
  /** One selection in `frame`: `input` acts, `id` (or any other event) is awaited. */
  const once = async (kind, frame, input, id = null) => {
    const previousId = await frame.evaluate(() => {
      window.__input.at = null;
      return document.querySelector("[data-testid=event-detail]")?.getAttribute("data-event-id") ?? null;
    });
    const shown = frame.evaluate(selectionShown, { id, previousId });
    await input();
    const sample = await Promise.race([shown, new Promise((resolve) => setTimeout(() => resolve(null), 30_000))]);
    if (!sample) throw new Error(`bench: selecting by ${kind} showed nothing in 30 s`);
    samples[kind].push(sample);
  };
  await page.goto(`${origin}${deepLink(target.id)}`);
  await live(page);
  await page.waitForTimeout(500);
  const timeline = page.getByTestId("timeline");
  await timeline.focus();
  // From the deep-linked event towards the end, then back: every press moves the selection.
  for (let k = 0, at = sorted.indexOf(target), back = false; k < SELECTIONS; k++) {
    back ||= at + 1 >= sorted.length;
    if (back && at === 0) break;
    at += back ? -1 : 1;
    await once("keys", page, () => page.keyboard.press(back ? "ArrowLeft" : "ArrowRight"));
  }
  for (let k = 0; k < SELECTIONS; k++) {
    // Once the last selection's glide has ended: the box nearest the middle that is not selected
    // and is on top where a reader would click.
    await page.waitForTimeout(700);
    const point = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll("[data-testid=timeline] .vis-item[data-event-id]:not(.vis-selected)")];
      const mid = innerWidth / 2;
      const hits = boxes
        .map((box) => ({ box, r: box.getBoundingClientRect() }))
        .map(({ box, r }) => ({ box, x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 }))
        .filter(({ box, x, y }) => x > 0 && x < innerWidth && y > 0 && y < innerHeight && box.contains(document.elementFromPoint(x, y)));
      hits.sort((a, b) => Math.abs(a.x - mid) - Math.abs(b.x - mid));
      return hits[0] ? { x: hits[0].x, y: hits[0].y } : null;
    });
    if (!point) break;
    await once("click", page, () => page.mouse.click(point.x, point.y));
  }
  for (let k = 0; k < SELECTIONS; k++) {
    const id = spread(k);
    await once(
      "hash",
      page,
      () => page.evaluate((id) => ((window.__input.at = performance.now()), (location.hash = `#/event/${id}`)), id),
      id,
    );
  }
  await page.getByRole("button", { name: "List", exact: true }).click();
  const rows = page.locator("[data-testid=event-list] [data-list-event-id]");
  await rows.first().waitFor();
  const rowCount = await rows.count();
  for (let k = 0; k < Math.min(SELECTIONS, rowCount - 1); k++) {
    const row = rows.nth(k + 1);
    const id = await row.getAttribute("data-list-event-id");
    await once("list", page, () => row.click(), id);
  }
  await page.goto(`${origin}__host`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await live(frame);
  await page.waitForTimeout(500);
  for (let k = 0; k < SELECTIONS; k++) {
    const id = spread(k);
    const send = () =>
      page.evaluate((id) => document.querySelector("iframe").contentWindow.postMessage({ type: "timeline:select", id }, "*"), id);
    await once("embed", frame, send, id);
  }
  await context.close();
  const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
  return Object.fromEntries(
    SELECTION_KINDS.flatMap((kind) => {
      const latencies = samples[kind].map((s) => s.latency);
      return [
        [`select_${kind}_p50`, percentile(latencies, 0.5)],
        [`select_${kind}_p95`, percentile(latencies, 0.95)],
        [`select_${kind}_longest`, Math.max(0, ...samples[kind].map((s) => s.longest))],
      ];
    }),
  );
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
for (const size of SIZES) {
  const { data, pages, ...sites } = await sitesFor(size);
  if (pages) buildTimes[size] = pages;
  fileBytes[size] = statSync(join(DIST, sites.runtime.file)).size;
  for (const mode of Object.keys(MODES)) {
    if (!sites[mode] || !MODES_RUN.includes(mode)) continue;
    const runs = [];
    await serving(sites[mode].dir, async () => {
      for (let i = 0; i < RUNS; i++) {
        runs.push(await measure(data, sites[mode]));
        process.stderr.write(`  ${size} events, ${mode}: run ${i + 1}/${RUNS} done\n`);
      }
    });
    results[mode][size] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, summary(runs.map((r) => r[k]))]));
  }
}
const version = browser.version();
await browser.close();

const total = Object.values(bytes).reduce((t, b) => ({ raw: t.raw + b.raw, gzip: t.gzip + b.gzip }), { raw: 0, gzip: 0 });
const kib = (n) => (n / 1024).toFixed(1);
const ms = (s) => (s.min === s.max ? `${s.median.toFixed(0)} ms` : `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`);
const rows = [
  ["first event visible", (r) => ms(r.firstVisible)],
  ["deep link visible", (r) => ms(r.deepLink)],
  ["deep link, once the data is in", (r) => ms(r.deepLinkAfterData)],
  ["vis-timeline drawn (interactive)", (r) => ms(r.timelineDrawn)],
  ["JS heap after GC (page)", (r) => `${(r.heap.median / 1048576).toFixed(1)} MiB`],
  ["heap allowed (12× file + 30 MiB)", (r, size) => `${((12 * fileBytes[size]) / 1048576 + 30).toFixed(0)} MiB`],
  ["DOM elements", (r) => `${r.dom.median}`],
  ["long-task blocking / longest", (r) => `${r.blocking.median.toFixed(0)} / ${r.longestTask.median.toFixed(0)} ms`],
  ["tasks over 200 ms", (r) => `${r.tasksOver200.median}`],
  ["pan+zoom frame median / p95", (r) => `${r.frameMedian.median.toFixed(1)} / ${r.frameP95.median.toFixed(1)} ms`],
  ["JS+CSS gzip requested before first visible", (r) => `${kib(r.bytesBeforeVisible.median)} KiB`],
  ['search "Tehran": input to count shown', (r) => ms(r.search)],
  ["longest task while typing it", (r) => `${r.searchLongestTask.median.toFixed(0)} ms`],
  ...SELECTION_KINDS.map((kind) => [
    `select by ${kind}: p50 / p95 (longest task)`,
    (r) =>
      `${r[`select_${kind}_p50`].median.toFixed(0)} / ${r[`select_${kind}_p95`].median.toFixed(0)} ms (${r[`select_${kind}_longest`].median.toFixed(0)} ms)`,
  ]),
  ["floor: fetch + JSON.parse of the file", (r) => (r.floor ? ms(r.floor) : "—")],
  ["first visible / live, × floor", (r) => (r.floor ? `${ratio(r.firstVisible, r.floor)} / ${ratio(r.timelineDrawn, r.floor)}` : "—")],
];
const ratio = (a, floor) => `${(a.median / floor.median).toFixed(1)}×`;
const headerFor = (sizes) =>
  `| | ${sizes.map((s) => `${s.toLocaleString("en")} events`).join(" | ")} |\n|---|${sizes.map(() => "---").join("|")}|`;
console.log(`\nMedians of ${RUNS} runs (range in brackets), Chromium ${version}, 1280×800.`);
for (const [mode, title] of Object.entries(MODES)) {
  const sizes = SIZES.filter((size) => results[mode][size]);
  if (!sizes.length) continue;
  const lines = [headerFor(sizes), ...rows.map(([name, f]) => `| ${name} | ${sizes.map((s) => f(results[mode][s], s)).join(" | ")} |`)];
  console.log(`\n${title}:\n\n${lines.join("\n")}`);
}
console.log(`\nJS+CSS, whole app, raw / gzip: ${kib(total.raw)} / ${kib(total.gzip)} KiB`);
const seconds = (t) => `${(t / 1000).toFixed(1)} s`;
const built = SIZES.filter((size) => buildTimes[size]);
if (built.length) {
  console.log(
    `\nBuilding the published site (a page and a card per event):\n\n${headerFor(built)}\n` +
      `| build, no cards cached | ${built.map((s) => seconds(buildTimes[s].cold)).join(" | ")} |\n` +
      `| rebuild, cards cached | ${built.map((s) => seconds(buildTimes[s].warm)).join(" | ")} |`,
  );
}
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/latest.json",
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results, buildTimes, fileBytes, bytes, total }, null, 2),
);
console.log("\nWritten to bench-results/latest.json");
