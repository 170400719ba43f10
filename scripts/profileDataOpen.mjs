#!/usr/bin/env node
// `node scripts/profileDataOpen.mjs [size] [shape]`: the explorer opening a generated log with
// `?data=` (100,000 dense events unless told), traced with the DevTools protocol from the address
// to 3 s after vis-timeline has drawn: each task over 200 ms (`LONG_MS`), with the work inside it
// and the functions that ran most, then the main thread's CPU time by function. A tool to find
// what to move, not a bench. Needs a build in dist/ (unminified reads best: `npx vite build --minify false`).
import { readOrTrace, reportLongTasks, traceOf } from "./traceReport.mjs";
import { explorerLive, pageOnHost, writeGeneratedLog } from "./tracedPage.mjs";

const DIST = process.env.BENCH_DIST ?? "dist";
const LONG_MS = Number(process.env.LONG_MS ?? 200);
const SIZE = Number(process.argv[2] ?? 100_000);
const SHAPE = process.argv[3] ?? "dense";

async function traceOpen() {
  const log = writeGeneratedLog(DIST, SIZE, SHAPE);
  const { origin, page, cdp, close } = await pageOnHost(DIST);
  const events = await traceOf(cdp, async () => {
    await page.goto(`${origin}/?data=${log}`);
    await explorerLive(page);
    await page.waitForTimeout(3000);
  });
  await close();
  return events;
}

reportLongTasks(await readOrTrace(traceOpen), LONG_MS);
