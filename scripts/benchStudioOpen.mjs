#!/usr/bin/env node
// `npm run bench:studio-open`: the studio opening the largest file it takes (20,000 events in
// about 20 MB), measured as a reporter meets it: from the file's choice to its first event in the
// form and to its preview drawn, the longest task the page ran meanwhile (the bar: none over
// 200 ms), and the memory the page holds after. A benchmark, not a test: it never fails on a time. Needs a build in dist/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { LARGEST_EVENTS, largestStudioFile } from "../test-support/largestStudioFile.mjs";
import { startStaticHost } from "./staticHost.mjs";
import { studioPreviewLive } from "./tracedPage.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIST = process.env.BENCH_DIST ?? "dist";

const dir = join(DIST, "bench");
mkdirSync(dir, { recursive: true });
const file = join(dir, "studio-largest.json");
const text = largestStudioFile();
writeFileSync(file, text);
const port = await freePort();
const stop = await startStaticHost({ "/": DIST }, port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const runs = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const marks = (window.__open = { tasks: [] });
    new PerformanceObserver((list) =>
      // `name`: "self" for the studio's page, "same-origin-descendant" for its preview frame.
      list.getEntries().forEach((e) => marks.tasks.push({ at: e.startTime, duration: e.duration, frame: e.name !== "self" })),
    ).observe({
      type: "longtask",
      buffered: true,
    });
  });
  await page.goto(`http://127.0.0.1:${port}/studio/`);
  await page.getByText("Every change is kept in this browser.").waitFor({ timeout: 180_000 });
  await page.evaluate(() => {
    document
      .querySelector("input[type=file]")
      .addEventListener("change", () => (window.__open.start = performance.now()), { capture: true, once: true });
  });
  await page.getByLabel("Open a file").setInputFiles(file);
  const firstTitle = page.locator("[aria-labelledby=events-section] fieldset.item input[id$='-title']").first();
  await firstTitle.waitFor({ timeout: 300_000 });
  const form = await page.evaluate(() => performance.now() - window.__open.start);
  await studioPreviewLive(page);
  const preview = await page.evaluate(() => performance.now() - window.__open.start);
  await page.waitForTimeout(3000);
  const all = await page.evaluate(() => window.__open.tasks.filter((t) => t.at >= window.__open.start));
  // What the page (and its preview frame: one heap) still holds once the open is done, after a
  // collection: its JS objects, and the bytes of its array buffers beside them.
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const tasks = all.map((t) => t.duration);
  const inFrame = all.filter((t) => t.frame && t.duration > 200).length;
  const onPage = all.filter((t) => !t.frame).map((t) => t.duration);
  runs.push({
    form,
    preview,
    longest: Math.max(0, ...tasks),
    longestOnPage: Math.max(0, ...onPage),
    over200: tasks.filter((d) => d > 200).length,
    inFrame,
    heap: heap.usedSize / 2 ** 20,
    buffers: (heap.backingStorageSize ?? 0) / 2 ** 20,
  });
  process.stderr.write(`  run ${run + 1}/${RUNS} done\n`);
  await context.close();
}
await browser.close();
stop();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const row = (label, key, unit = " ms") =>
  `| ${label} | ${Math.round(median(runs.map((r) => r[key])))}${unit} (${runs.map((r) => Math.round(r[key])).join(", ")}) |`;
console.log(
  `\nThe studio opening a file of ${LARGEST_EVENTS.toLocaleString("en")} events, ${(text.length / 1e6).toFixed(1)} MB (median of ${RUNS}; each run):\n`,
);
console.log("| | |\n|---|---|");
console.log(row("file chosen to first event in the form", "form"));
console.log(row("file chosen to preview drawn", "preview"));
console.log(row("longest task, choice to 3 s after the preview (≤ 200 ms)", "longest"));
console.log(row("of which on the studio's page (not its preview frame)", "longestOnPage"));
console.log(row("tasks over 200 ms", "over200", ""));
console.log(row("of which in the preview frame", "inFrame", ""));
console.log(row("page's JS heap after a collection, 3 s after the preview", "heap", " MiB"));
console.log(row("its array buffers' bytes", "buffers", " MiB"));
