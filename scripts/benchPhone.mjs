#!/usr/bin/env node
// `npm run bench:phone`: Lighthouse's mobile run (a mid-range phone on slow 4G, simulated) against
// the built site on a local host that gzips, beside Knight Lab TimelineJS 3.9.11 from npm on the
// same events, interleaved, medians of BENCH_RUNS (3). Pages: the opening page, an event's page,
// that event's embed (the address the Embed dialog gives), and a 1,000-event `?data=` file beside
// the same events in TimelineJS. A benchmark, not a test: it never fails on a figure.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { loadAppModule } from "../site/appModule.mjs";
import { asTimelineJs } from "./benchSites.mjs";
import { startStaticHost } from "./staticHost.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIST = "dist";
const PEER = join("bench-results", "timelinejs");
if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ is missing: run `npm run build` first (`npm run bench:phone` does).");
  process.exit(2);
}

// The events: the bundled timeline, and a synthetic 1,000 (the desktop bench's seed).
const eventOrder = await loadAppModule(new URL("../test-support/eventOrder.ts", import.meta.url));
const { byDate } = eventOrder.module;
await eventOrder.close();
const bundled = JSON.parse(readFileSync(join("data", "timeline.json"), "utf8"));
const log = generateDataset(1000, 1);
const target = byDate(bundled.events)[5];
mkdirSync(join(DIST, "bench"), { recursive: true });
writeFileSync(join(DIST, "bench", "phone-1000.json"), JSON.stringify(log));

// TimelineJS as its own example page has it (script and stylesheet in the head, the timeline
// filling the page), reading the same events from a JSON file beside it.
const timelineJsDist = join(dirname(createRequire(import.meta.url).resolve("@knight-lab/timelinejs/package.json")), "dist");
mkdirSync(PEER, { recursive: true });
copyFileSync(join(timelineJsDist, "js", "timeline.js"), join(PEER, "timeline.js"));
copyFileSync(join(timelineJsDist, "css", "timeline.css"), join(PEER, "timeline.css"));
for (const [name, data] of [
  ["bundled", bundled],
  ["1000", log],
]) {
  writeFileSync(join(PEER, `${name}.json`), JSON.stringify(asTimelineJs(data)));
  mkdirSync(join(PEER, name), { recursive: true });
  writeFileSync(
    join(PEER, name, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<script src="../timeline.js"></script><link rel="stylesheet" href="../timeline.css">
<style>html,body{width:100%;height:100%;padding:0;margin:0}#timeline-embed{height:100%}</style></head>
<body><div id="timeline-embed"></div>
<script>window.timeline = new TL.Timeline("timeline-embed", "../${name}.json");</script></body></html>`,
  );
}

const PORT = await freePort();
const stop = await startStaticHost({ "/timelinejs/": PEER, "/": DIST }, PORT);
const origin = `http://127.0.0.1:${PORT}`;
// BENCH_PAGES=opening,embed measures only the pages whose names hold those words.
const only = process.env.BENCH_PAGES?.split(",");
const PAGES = [
  { name: "opening page", ours: "/", peer: "/timelinejs/bundled/" },
  // A translation's opening page, where the dataset has one: it carries that language only.
  ...(existsSync(join(DIST, "ar", "index.html"))
    ? [{ name: "opening page in Arabic (ar/)", ours: "/ar/", peer: "/timelinejs/bundled/" }]
    : []),
  { name: "an event's page", ours: `/event/${target.id}/`, peer: "/timelinejs/bundled/" },
  { name: "its embed", ours: `/event/${target.id}/?embed=1`, peer: "/timelinejs/bundled/" },
  { name: "1,000 events, ?data=", ours: "/?data=bench/phone-1000.json", peer: "/timelinejs/1000/" },
].filter((page) => !only || only.some((word) => page.name.includes(word)));

/** One Lighthouse mobile run in a fresh browser. TimelineJS's web fonts are blocked, not
 * fetched: no request leaves the machine (and the peer is spared their cost). */
async function measure(path) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", "--no-sandbox", ...CHROMIUM_ARGS],
  });
  try {
    const { lhr } = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      blockedUrlPatterns: ["*fonts.gstatic.com*", "*fonts.googleapis.com*"],
    });
    const metrics = lhr.audits.metrics.details?.items?.[0] ?? {};
    const requests = lhr.audits["network-requests"].details?.items ?? [];
    const offMachine = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith("data:")).map((r) => r.url);
    return {
      lcp: metrics.largestContentfulPaint,
      tti: metrics.interactive,
      bytes: lhr.audits["total-byte-weight"].numericValue,
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      offMachine,
      error: lhr.runtimeError?.message,
    };
  } finally {
    await chrome.kill();
  }
}

const results = new Map(
  PAGES.flatMap((p) => [
    [`ours ${p.name}`, []],
    [`peer ${p.peer}`, []],
  ]),
);
for (let run = 0; run < RUNS; run++) {
  for (const page of PAGES) {
    for (const [key, path] of [
      [`ours ${page.name}`, page.ours],
      [`peer ${page.peer}`, page.peer],
    ]) {
      const result = await measure(path);
      if (result.error) console.warn(`${path}: ${result.error}`);
      results.get(key).push(result);
      process.stdout.write(".");
    }
  }
}
await stop();
console.log();

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;
const summary = (key) => {
  const runs = results.get(key);
  return {
    lcp: median(runs.map((r) => r.lcp)),
    tti: median(runs.map((r) => r.tti)),
    bytes: median(runs.map((r) => r.bytes)),
    score: median(runs.map((r) => r.score)),
    offMachine: [...new Set(runs.flatMap((r) => r.offMachine))],
  };
};

console.log(`Lighthouse mobile (simulated slow 4G, 4× CPU), gzip host, medians of ${RUNS}; ours / TimelineJS 3.9.11\n`);
console.log("| page | largest paint | ratio | interactive | ratio | bytes fetched | TimelineJS bytes | score |");
console.log("|---|---|---|---|---|---|---|---|");
for (const page of PAGES) {
  const ours = summary(`ours ${page.name}`);
  const peer = summary(`peer ${page.peer}`);
  console.log(
    `| ${page.name} | ${seconds(ours.lcp)} / ${seconds(peer.lcp)} | ×${(ours.lcp / peer.lcp).toFixed(2)} | ` +
      `${seconds(ours.tti)} / ${seconds(peer.tti)} | ×${(ours.tti / peer.tti).toFixed(2)} | ${kib(ours.bytes)} | ${kib(peer.bytes)} | ${ours.score} / ${peer.score} |`,
  );
  if (ours.offMachine.length) console.log(`  requests off the machine from ${page.ours}: ${ours.offMachine.join(", ")}`);
}
console.log("\nTargets: largest paint ≤ ×0.5, interactive ≤ ×0.75, bytes ≤ TimelineJS's, score ≥ 95.");
