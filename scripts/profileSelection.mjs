#!/usr/bin/env node
// `node scripts/profileSelection.mjs [size] [shape]`: selections once a generated log (100,000
// dense events unless told) has opened with `?data=` on its middle event and vis-timeline has
// drawn, as the bench makes them (ten arrow keys, ten links' hashes spread over the log, clicks on
// the box nearest the middle), traced with the DevTools protocol: each task over `LONG_MS` (50
// unless told), with the work inside it and the functions that ran most. A tool to find what to
// move, not a bench. Needs a build in dist/ (`BENCH_DIST` for another; unminified reads best:
// `npx vite build --minify false`).
import { readOrTrace, reportLongTasks, traceOf } from "./traceReport.mjs";
import { explorerLive, pageOnHost, writeGeneratedLog } from "./tracedPage.mjs";
import { generateDataset } from "../test-support/generateDataset.mjs";

const DIST = process.env.BENCH_DIST ?? "dist";
const LONG_MS = Number(process.env.LONG_MS ?? 50);
const SIZE = Number(process.argv[2] ?? 100_000);
const SHAPE = process.argv[3] ?? "dense";

async function traceSelections() {
  const log = writeGeneratedLog(DIST, SIZE, SHAPE);
  const ids = generateDataset(SIZE, 1, SHAPE)
    .events.map((e) => e.id)
    .sort();
  const { origin, page, cdp, close } = await pageOnHost(DIST);
  await page.goto(`${origin}/?data=${log}#/event/${ids[Math.floor(ids.length / 2)]}`);
  await explorerLive(page);
  await page.waitForTimeout(3000);
  await page.getByTestId("timeline").focus();
  const events = await traceOf(cdp, async () => {
    for (let k = 0; k < 10; k++) {
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(300);
    }
    for (let k = 0; k < 10; k++) {
      const id = ids[Math.floor((ids.length * (k + 1)) / 12)];
      await page.evaluate((id) => (location.hash = `#/event/${id}`), id);
      await page.waitForTimeout(300);
    }
    for (let k = 0; k < 5; k++) {
      await page.waitForTimeout(700);
      const box = page.locator("[data-testid=timeline] .vis-item[data-event-id]:not(.vis-selected)").first();
      await box.click({ timeout: 5000 }).catch(() => {});
    }
    await page.waitForTimeout(1000);
  });
  await close();
  return events;
}

reportLongTasks(await readOrTrace(traceSelections), LONG_MS);
