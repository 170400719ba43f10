#!/usr/bin/env node
// A million events: what the page does with a dense researcher's log of BENCH_MILLION events
// (default 1,000,000; generateDataset's "dense" shape) opened with `?data=`, and the figures that
// docs/scale.md's design rests on: the file's size, the floor of fetching and parsing it, each
// stage of the app's opening (read, checked, events in, first visible, live), heap and DOM, or where
// it breaks; and what a columnar file and density bins of the same events would weigh.
// Usage: npm run build && node scripts/benchMillion.mjs. A measurement, not a test.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { generateDataset } from "../test-support/generateDataset.mjs";

const COUNT = Number(process.env.BENCH_MILLION ?? 1_000_000);
const DIST = process.env.BENCH_DIST ?? "dist";
const TIMEOUT = Number(process.env.BENCH_MILLION_TIMEOUT ?? 300_000);
if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST}/ is missing: run \`npm run build\` first.`);

const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
const figures = {};
let started = performance.now();
const data = generateDataset(COUNT, 1, "dense");
const text = JSON.stringify(data);
figures.generate = performance.now() - started;
mkdirSync(join(DIST, "bench"), { recursive: true });
const name = `bench/events-dense-${COUNT}.json`;
writeFileSync(join(DIST, name), text);
figures.fileBytes = statSync(join(DIST, name)).size;
started = performance.now();
figures.gzipBytes = gzipSync(text, { level: 6 }).length;
figures.gzipMs = performance.now() - started;
started = performance.now();
JSON.parse(text);
figures.nodeParse = performance.now() - started;

// What drawing needs of each event, as columns: start (seconds, Int32 from the log's first),
// precision and category (a byte each), title (UTF-8 text, offsets as Uint32); and the counts per
// stretch of each zoom level (2^level seconds, as planView.ts lays them), as Uint32 per bin.
{
  const events = data.events;
  const starts = events.map((e) => Date.parse(e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date));
  const categories = new Map(data.categories.map((c, i) => [c.id, i]));
  const [first, last] = starts.reduce(([a, b], t) => [Math.min(a, t), Math.max(b, t)], [Infinity, -Infinity]);
  const text = Buffer.from(events.map((e) => `${e.id}\n${e.title}`).join("\n"));
  const numbers = Buffer.alloc(events.length * (4 + 1 + 1 + 4));
  events.forEach((e, i) => {
    numbers.writeInt32LE(Math.round((starts[i] - first) / 1000), i * 4);
    numbers.writeUInt8(e.date.length, events.length * 4 + i);
    numbers.writeUInt8(categories.get(e.category) ?? 255, events.length * 5 + i);
  });
  const columnar = Buffer.concat([numbers, text]);
  figures.columnarBytes = columnar.length;
  figures.columnarGzipBytes = gzipSync(columnar, { level: 6 }).length;
  let bins = 0;
  const levels = [];
  // From a day-long stretch (a phone's closest useful zoom on a dense log) to one over the whole log.
  for (let level = 16; 2 ** level * 1000 < (last - first) * 2; level++) {
    const stretch = 2 ** level * 1000;
    const count = Math.floor(last / stretch) - Math.floor(first / stretch) + 1;
    levels.push({ level, count });
    bins += count;
  }
  figures.binLevels = levels.length;
  figures.binCount = bins;
  figures.binBytes = bins * 4;
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}/`;
const server = await preview({ build: { outDir: DIST }, preview: { port, strictPort: true, host: "127.0.0.1" }, logLevel: "silent" });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"] });
try {
  // The floor: fetch and JSON.parse in a blank page of the same origin.
  {
    const context = await browser.newContext();
    await context.route(`${origin}__floor`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html>" }));
    const page = await context.newPage();
    await page.goto(`${origin}__floor`);
    Object.assign(
      figures,
      await page.evaluate(async (url) => {
        const start = performance.now();
        const body = await (await fetch(url)).text();
        const fetched = performance.now() - start;
        JSON.parse(body);
        return { floorFetch: fetched, floor: performance.now() - start };
      }, name),
    );
    await context.close();
  }
  // The app: each stage as the page shows it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let crashed = false;
  page.on("crash", () => (crashed = true));
  await page.addInitScript(() => {
    const marks = (window.__million = { stages: [], longTasks: [] });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => marks.longTasks.push(e.duration))).observe({
      type: "longtask",
      buffered: true,
    });
    new MutationObserver(() => {
      const text = document.querySelector("[data-testid=loading-progress]")?.textContent;
      if (text && marks.stages.at(-1)?.text !== text) marks.stages.push({ text, at: performance.now() });
    }).observe(document, { subtree: true, childList: true, characterData: true });
    const tick = (now) => {
      // On screen, as the bench counts it (the prerendered page holds hidden boxes of its own dataset).
      const first = document.querySelector("[data-testid=timeline] [data-event-id]")?.getBoundingClientRect();
      if (marks.firstVisible === undefined && first && first.width > 0 && first.bottom > 0 && first.top < innerHeight)
        marks.firstVisible = now;
      if (
        marks.live === undefined &&
        document.querySelector("[data-testid=timeline] .vis-timeline") &&
        !document.querySelector("[data-testid=timeline-preview]")
      )
        marks.live = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  try {
    await page.goto(`${origin}?data=${name}`);
    await page.waitForFunction(() => window.__million.live !== undefined || document.querySelector("[role=alert]"), null, {
      timeout: TIMEOUT,
    });
    await page.waitForTimeout(1000);
    const marks = await page.evaluate(() => window.__million);
    const stages = marks.stages;
    // The last of each kind of progress line: the file read, checked, events in.
    const lastOf = (pattern) => stages.filter((s) => pattern.test(s.text)).at(-1)?.at;
    figures.read = lastOf(/MB read/);
    figures.checked = lastOf(/Checking/);
    figures.eventsIn = lastOf(/events? read/);
    figures.firstVisible = marks.firstVisible;
    figures.live = marks.live;
    figures.longestTask = Math.max(0, ...marks.longTasks);
    figures.tasksOver200 = marks.longTasks.filter((d) => d > 200).length;
    figures.dom = await page.evaluate(() => document.getElementsByTagName("*").length);
    figures.alert = await page.evaluate(() => document.querySelector("[role=alert]")?.textContent ?? null);
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    figures.heap = (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "JSHeapUsedSize").value;
  } catch (error) {
    figures.broke = crashed ? "the page crashed" : String(error.message).split("\n")[0];
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const ms = (t) => (t === undefined ? "—" : `${(t / 1000).toFixed(1)} s`);
console.log(`\n${COUNT.toLocaleString("en")} dense events, opened with ?data= at 1280×800 (Chromium ${browser.version()}):\n`);
console.log(`| | |\n|---|---|`);
for (const [label, value] of [
  ["file, raw / gzip", `${mib(figures.fileBytes)} / ${mib(figures.gzipBytes)}`],
  ["Node: JSON.parse", ms(figures.nodeParse)],
  ["floor: fetch / fetch + JSON.parse in the page", `${ms(figures.floorFetch)} / ${ms(figures.floor)}`],
  ["app: file read", ms(figures.read)],
  ["app: events checked (worker)", ms(figures.checked)],
  ["app: events in the page", ms(figures.eventsIn)],
  ["app: first event visible", ms(figures.firstVisible)],
  ["app: vis-timeline live", ms(figures.live)],
  ["first visible, × floor", figures.firstVisible ? `${(figures.firstVisible / figures.floor).toFixed(1)}×` : "—"],
  [
    "longest task / tasks over 200 ms",
    figures.longestTask === undefined ? "—" : `${figures.longestTask.toFixed(0)} ms / ${figures.tasksOver200}`,
  ],
  ["JS heap after GC (page)", figures.heap ? mib(figures.heap) : "—"],
  ["DOM elements", figures.dom ?? "—"],
  ["where it broke", figures.broke ?? figures.alert ?? "it did not"],
  [
    "columnar file (id, start, precision, category, title), raw / gzip",
    `${mib(figures.columnarBytes)} / ${mib(figures.columnarGzipBytes)}`,
  ],
  [
    `density bins, ${figures.binLevels} levels from a day's stretch up`,
    `${figures.binCount.toLocaleString("en")} bins, ${mib(figures.binBytes)}`,
  ],
])
  console.log(`| ${label} | ${value} |`);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/million.json", JSON.stringify({ date: new Date().toISOString(), count: COUNT, figures }, null, 2));
