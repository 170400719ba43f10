#!/usr/bin/env node
// `npm run bench`: serves the built dist/ on 127.0.0.1 and measures it in Chromium on 7, 1,000 and
// 5,000 events, a fresh browser context per run. A benchmark, not a test: it never fails on a time.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { generateDataset } from "./generate-dataset.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "7,1000,5000").split(",").map(Number);
const PORT = 4180;
const DIST = "dist";

if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ is missing: run `npm run build` first (`npm run bench` does).");
  process.exit(2);
}

// Datasets: the bundled one for 7 events, synthetic ones (same seed every time) for the rest.
mkdirSync(join(DIST, "bench"), { recursive: true });
const bundled = JSON.parse(readFileSync("data/timeline.json", "utf8"));
function datasetFor(size) {
  if (size === bundled.events.length || size === 7) return { param: null, data: bundled };
  const data = generateDataset(size, 1);
  writeFileSync(join(DIST, "bench", `events-${size}.json`), JSON.stringify(data));
  return { param: `bench/events-${size}.json`, data };
}

/** The 6th event by date: the deep-link target (ties broken as the app does). */
function sixthByDate(data) {
  const rank = (d) => d.length;
  return [...data.events].sort((a, b) => a.date.localeCompare(b.date) || rank(a.date) - rank(b.date) || (a.id < b.id ? -1 : 1))[5];
}

const bytes = (() => {
  const files = readdirSync(join(DIST, "assets")).filter((f) => /\.(js|css)$/.test(f));
  const sizes = Object.fromEntries(
    files.map((f) => {
      const body = readFileSync(join(DIST, "assets", f));
      return [f, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length }];
    }),
  );
  return sizes;
})();

const server = await preview({ preview: { port: PORT, strictPort: true, host: "127.0.0.1" }, logLevel: "silent" });
const origin = `http://127.0.0.1:${PORT}/`;
const executablePath = [process.env.CHROMIUM, "/usr/bin/chromium"].find((p) => p && existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--enable-precise-memory-info",
  ],
});

/** Injected before the app: timestamps for "first event visible" and "deep-linked event shown",
 * long tasks, and rAF frame times while recording. */
function instrument(targetId) {
  const marks = (window.__bench = { longTasks: [], frames: [], recording: false });
  const inView = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => marks.longTasks.push(e.duration))).observe({
    type: "longtask",
    buffered: true,
  });
  let last = 0;
  const tick = (now) => {
    if (marks.firstVisible === undefined) {
      const first = document.querySelector("[data-testid=timeline] [data-event-id]");
      if (first && inView(first)) marks.firstVisible = now;
    }
    // The static preview shows the events first; this is when vis-timeline has taken over.
    if (
      marks.timelineDrawn === undefined &&
      document.querySelector("[data-testid=timeline] .vis-timeline") &&
      !document.querySelector("[data-testid=timeline-preview]")
    ) {
      marks.timelineDrawn = now;
    }
    if (targetId && marks.deepLink === undefined) {
      const item = document.querySelector(`[data-testid=timeline] [data-event-id="${targetId}"]`);
      const detail = document.querySelector(`[data-testid=event-detail][data-event-id="${targetId}"]`);
      if (item && detail && inView(item)) marks.deepLink = now;
    }
    if (marks.recording && last) marks.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function measure(size, { param, data }) {
  const target = sixthByDate(data);
  const query = param ? `?data=${encodeURIComponent(param)}` : "";
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
    result.bytesBeforeVisible = early.reduce((sum, f) => sum + (bytes[f]?.gzip ?? 0), 0);
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
    await context.close();
  }

  // Deep link: the 6th event by date, from a fresh context.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(instrument, target.id);
    await page.goto(`${origin}${query}#/event/${target.id}`);
    await page.waitForFunction(() => window.__bench.deepLink !== undefined, null, { timeout: 120_000 });
    result.deepLink = await page.evaluate(() => window.__bench.deepLink);
    await context.close();
  }
  return result;
}

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
};

const results = {};
for (const size of SIZES) {
  const dataset = datasetFor(size);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await measure(size, dataset));
    process.stderr.write(`  ${size} events: run ${i + 1}/${RUNS} done\n`);
  }
  results[size] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, summary(runs.map((r) => r[k]))]));
}
await browser.close();
await server.close();

const total = Object.values(bytes).reduce((t, b) => ({ raw: t.raw + b.raw, gzip: t.gzip + b.gzip }), { raw: 0, gzip: 0 });
const kib = (n) => (n / 1024).toFixed(1);
const ms = (s) => (s.min === s.max ? `${s.median.toFixed(0)} ms` : `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`);
const rows = [
  ["first event visible", (r) => ms(r.firstVisible)],
  ["deep link visible", (r) => ms(r.deepLink)],
  ["vis-timeline drawn (interactive)", (r) => ms(r.timelineDrawn)],
  ["JS heap after GC", (r) => `${(r.heap.median / 1048576).toFixed(1)} MiB`],
  ["DOM elements", (r) => `${r.dom.median}`],
  ["long-task blocking / longest", (r) => `${r.blocking.median.toFixed(0)} / ${r.longestTask.median.toFixed(0)} ms`],
  ["tasks over 200 ms", (r) => `${r.tasksOver200.median}`],
  ["pan+zoom frame median / p95", (r) => `${r.frameMedian.median.toFixed(1)} / ${r.frameP95.median.toFixed(1)} ms`],
  ["JS+CSS gzip requested before first visible", (r) => `${kib(r.bytesBeforeVisible.median)} KiB`],
];
const header = `| | ${SIZES.map((s) => `${s.toLocaleString("en")} events`).join(" | ")} |`;
const lines = [
  header,
  `|---|${SIZES.map(() => "---").join("|")}|`,
  ...rows.map(([name, f]) => `| ${name} | ${SIZES.map((s) => f(results[s])).join(" | ")} |`),
];
lines.push(`| JS+CSS, whole app, raw / gzip | ${kib(total.raw)} / ${kib(total.gzip)} KiB${" | ".repeat(SIZES.length - 1)}|`);
console.log(`\nMedians of ${RUNS} runs (range in brackets), Chromium ${browser.version?.() ?? ""}, 1280×800:\n`);
console.log(lines.join("\n"));
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/latest.json", JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results, bytes, total }, null, 2));
console.log("\nWritten to bench-results/latest.json");
