#!/usr/bin/env node
// `node scripts/profileDataOpen.mjs [size] [shape]`: the explorer opening a generated log with
// `?data=` (100,000 dense events unless told), traced with the DevTools protocol from the address
// to 3 s after vis-timeline has drawn: each task over 200 ms (`LONG_MS`), with the work inside it
// and the functions that ran most, then the main thread's CPU time by function. A tool to find
// what to move, not a bench. Needs a build in dist/ (unminified reads best: `npx vite build --minify false`).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { startStaticHost } from "./staticHost.mjs";
import { readOrTrace, reportLongTasks, traceOf } from "./traceReport.mjs";

const DIST = process.env.BENCH_DIST ?? "dist";
const LONG_MS = Number(process.env.LONG_MS ?? 200);
const SIZE = Number(process.argv[2] ?? 100_000);
const SHAPE = process.argv[3] ?? "dense";

async function traceOpen() {
  const name = `profile-${SHAPE}-${SIZE}.json`;
  mkdirSync(join(DIST, "bench"), { recursive: true });
  writeFileSync(join(DIST, "bench", name), JSON.stringify(generateDataset(SIZE, 1, SHAPE)));
  const port = await freePort();
  const stop = await startStaticHost({ "/": DIST }, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = await traceOf(cdp, async () => {
    await page.goto(`http://127.0.0.1:${port}/?data=bench/${name}`);
    await page.locator("[data-testid=timeline] .vis-timeline").waitFor({ timeout: 300_000 });
    await page.locator("[data-testid=timeline-preview]").waitFor({ state: "detached", timeout: 300_000 });
    await page.waitForTimeout(3000);
  });
  await browser.close();
  stop();
  return events;
}

reportLongTasks(await readOrTrace(traceOpen), LONG_MS);
