#!/usr/bin/env node
// `node scripts/profileSearchTyping.mjs [size] [shape]`: a search typed a key at a time ("Tehran", as
// the bench types it) in the explorer once a generated log (100,000 dense events unless told) has
// opened with `?data=` and vis-timeline has drawn, traced with the DevTools protocol from the first
// key to 1 s after the last: each task over `LONG_MS` (80 unless told), with the work inside it and
// the functions that ran most. A tool to find what to move, not a bench. Needs a build in dist/
// (`BENCH_DIST` for another; unminified reads best: `npx vite build --minify false`).
import { readOrTrace, reportLongTasks, traceOf } from "./traceReport.mjs";
import { explorerLive, pageOnHost, writeGeneratedLog } from "./tracedPage.mjs";

const DIST = process.env.BENCH_DIST ?? "dist";
const LONG_MS = Number(process.env.LONG_MS ?? 80);
const SIZE = Number(process.argv[2] ?? 100_000);
const SHAPE = process.argv[3] ?? "dense";

async function traceTyping() {
  const log = writeGeneratedLog(DIST, SIZE, SHAPE);
  const { origin, page, cdp, close } = await pageOnHost(DIST);
  await page.goto(`${origin}/?data=${log}`);
  await explorerLive(page);
  await page.waitForTimeout(3000);
  const search = page.getByRole("searchbox");
  await search.click();
  const events = await traceOf(cdp, async () => {
    await search.pressSequentially("Tehran", { delay: 60 });
    await page.waitForTimeout(1000);
  });
  await close();
  return events;
}

reportLongTasks(await readOrTrace(traceTyping), LONG_MS);
