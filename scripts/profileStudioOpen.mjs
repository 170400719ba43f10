#!/usr/bin/env node
// `node scripts/profileStudioOpen.mjs`: the studio opening its largest file (as bench:studio-open),
// traced with the DevTools protocol, page and preview frame together (one renderer thread): each
// task over 200 ms, with the work inside it that took longest and the functions that ran most. A
// tool to find what to move, not a bench. Needs a build in dist/ (unminified reads best:
// `npx vite build --minify false`).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { largestStudioFile } from "../test-support/largestStudioFile.mjs";
import { startStaticHost } from "./staticHost.mjs";

const DIST = process.env.BENCH_DIST ?? "dist";
const LONG_MS = Number(process.env.LONG_MS ?? 200);
const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
  "blink.user_timing",
];

/** The trace of one open, from the file's choice to 3 s after its preview is drawn. */
async function traceOpen() {
  const dir = join(DIST, "bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "studio-largest.json");
  writeFileSync(file, largestStudioFile());
  const port = await freePort();
  const stop = await startStaticHost({ "/": DIST }, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/studio/`);
  await page.getByText("Every change is kept in this browser.").waitFor({ timeout: 180_000 });

  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: CATEGORIES }, transferMode: "ReportEvents" });
  await page.getByLabel("Open a file").setInputFiles(file);
  await page.locator("[aria-labelledby=events-section] fieldset.item input[id$='-title']").first().waitFor({ timeout: 300_000 });
  await page.waitForFunction(
    () => {
      const doc = document.querySelector(".preview-pane iframe")?.contentDocument;
      return doc?.querySelector("[data-testid=timeline] .vis-timeline") && !doc.querySelector("[data-testid=timeline-preview]");
    },
    null,
    { timeout: 300_000, polling: 100 },
  );
  await page.waitForTimeout(3000);
  await cdp.send("Tracing.end");
  await done;
  await browser.close();
  stop();
  return events;
}

const events = process.env.TRACE_IN ? JSON.parse(readFileSync(process.env.TRACE_IN, "utf8")) : await traceOpen();
if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify(events));

// The renderer's main threads (the page and its same-origin frame share one).
const mains = new Set(
  events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
);
const onMain = (e) => mains.has(`${e.pid}:${e.tid}`);
const tasks = events.filter((e) => onMain(e) && e.ph === "X" && e.name === "RunTask" && e.dur > LONG_MS * 1000);

// The sampled stacks of the main thread, each sample's time and leaf-to-root frames.
const samples = [];
const profiles = new Map();
for (const e of events.filter((e) => e.name === "Profile" || e.name === "ProfileChunk")) {
  const id = `${e.pid}:${e.id}`;
  if (e.name === "Profile") {
    profiles.set(id, { thread: `${e.pid}:${e.tid}`, time: e.args.data.startTime, nodes: new Map() });
    continue;
  }
  const profile = profiles.get(id);
  if (!profile) continue;
  const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
  for (const node of cpuProfile.nodes ?? []) profile.nodes.set(node.id, node);
  (cpuProfile.samples ?? []).forEach((node, i) => {
    profile.time += timeDeltas[i] ?? 0;
    if (mains.has(profile.thread)) samples.push({ time: profile.time, node, profile });
  });
}
const frameName = (node) => {
  const { functionName, url = "", lineNumber = 0 } = node.callFrame;
  return `${functionName || "(anonymous)"} ${url.replace(/^.*\//, "")}:${lineNumber + 1}`;
};
const ownFrame = (node) => /\/assets\//.test(node.callFrame.url ?? "") && !/node_modules|vendor|react-dom|vis-/.test(node.callFrame.url);

console.log(`Tasks over ${LONG_MS} ms on the renderer's main thread: ${tasks.length}\n`);
const start = Math.min(...tasks.map((t) => t.ts));
for (const task of tasks.sort((a, b) => b.dur - a.dur)) {
  const end = task.ts + task.dur;
  const inside = events.filter((e) => onMain(e) && e.ph === "X" && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
  const what = inside
    .filter((e) => e.dur > 20_000 && e.name !== "ProfileCall")
    .sort((a, b) => a.ts - b.ts)
    .map((e) => {
      const d = e.args?.data ?? {};
      const detail = d.functionName || d.type || d.url?.replace(/^.*\//, "") || "";
      return `    ${(e.dur / 1000).toFixed(0).padStart(5)} ms  ${e.name}${detail ? ` (${detail})` : ""}`;
    });
  const self = new Map();
  const own = new Map();
  const inclusive = new Map();
  for (const s of samples.filter((s) => s.time >= task.ts && s.time <= end)) {
    const leaf = s.profile.nodes.get(s.node);
    if (!leaf) continue;
    self.set(frameName(leaf), (self.get(frameName(leaf)) ?? 0) + 1);
    const seen = new Set();
    for (let n = leaf; n; n = s.profile.nodes.get(n.parent)) seen.add(frameName(n));
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    for (let n = leaf; n; n = s.profile.nodes.get(n.parent)) {
      if (ownFrame(n)) {
        own.set(frameName(n), (own.get(frameName(n)) ?? 0) + 1);
        break;
      }
    }
  }
  const top = (m, count = 8) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, n]) => `    ${String(n).padStart(5)}  ${name}`);
  console.log(`${(task.dur / 1000).toFixed(0)} ms at +${((task.ts - start) / 1000).toFixed(0)} ms`);
  console.log(
    [
      "  inside (over 20 ms):",
      ...what,
      "  samples by leaf:",
      ...top(self),
      "  samples by nearest own function:",
      ...top(own),
      "  samples by function, callees included:",
      ...top(inclusive, 16),
    ].join("\n"),
  );
  console.log("");
}
