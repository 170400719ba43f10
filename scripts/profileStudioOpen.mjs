#!/usr/bin/env node
// `node scripts/profileStudioOpen.mjs`: the studio opening its largest file (as bench:studio-open),
// traced with the DevTools protocol, page and preview frame together (one renderer thread): each
// task over 200 ms, with the work inside it that took longest and the functions that ran most. A
// tool to find what to move, not a bench. Needs a build in dist/ (unminified reads best:
// `npx vite build --minify false`).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { largestStudioFile } from "../test-support/largestStudioFile.mjs";
import { startStaticHost } from "./staticHost.mjs";
import { readOrTrace, reportLongTasks, traceOf } from "./traceReport.mjs";

const DIST = process.env.BENCH_DIST ?? "dist";
const LONG_MS = Number(process.env.LONG_MS ?? 200);

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

  const events = await traceOf(cdp, async () => {
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
  });
  await browser.close();
  stop();
  return events;
}

reportLongTasks(await readOrTrace(traceOpen), LONG_MS);
