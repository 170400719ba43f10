#!/usr/bin/env node
// `node scripts/profileSearchTyping.mjs [size] [shape]`: a search typed a key at a time ("Tehran", as
// the bench types it) in the explorer once a generated log (100,000 dense events unless told) has
// opened with `?data=` and vis-timeline has drawn, traced with the DevTools protocol from the first
// key to 1 s after the last: each task over `LONG_MS` (80 unless told), with the work inside it and
// the functions that ran most. A tool to find what to move, not a bench. Needs a build in dist/
// (`BENCH_DIST` for another; unminified reads best: `npx vite build --minify false`).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { startStaticHost } from "./staticHost.mjs";
import { readOrTrace, reportLongTasks, traceOf } from "./traceReport.mjs";

const DIST = process.env.BENCH_DIST ?? "dist";
const LONG_MS = Number(process.env.LONG_MS ?? 80);
const SIZE = Number(process.argv[2] ?? 100_000);
const SHAPE = process.argv[3] ?? "dense";

async function traceTyping() {
  const name = `profile-${SHAPE}-${SIZE}.json`;
  mkdirSync(join(DIST, "bench"), { recursive: true });
  writeFileSync(join(DIST, "bench", name), JSON.stringify(generateDataset(SIZE, 1, SHAPE)));
  const port = await freePort();
  const stop = await startStaticHost({ "/": DIST }, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/?data=bench/${name}`);
  await page.locator("[data-testid=timeline] .vis-timeline").waitFor({ timeout: 300_000 });
  await page.locator("[data-testid=timeline-preview]").waitFor({ state: "detached", timeout: 300_000 });
  await page.waitForTimeout(3000);
  const search = page.getByRole("searchbox");
  await search.click();
  const events = await traceOf(cdp, async () => {
    await search.pressSequentially("Tehran", { delay: 60 });
    await page.waitForTimeout(1000);
  });
  await browser.close();
  stop();
  return events;
}

reportLongTasks(await readOrTrace(traceTyping), LONG_MS);
