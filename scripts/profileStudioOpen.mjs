#!/usr/bin/env node
// `node scripts/profileStudioOpen.mjs`: the studio opening its largest file (as bench:studio-open),
// traced with the DevTools protocol, page and preview frame together (one renderer thread): each
// task over 200 ms, with the work inside it that took longest and the functions that ran most. A
// tool to find what to move, not a bench. Needs a build in dist/ (unminified reads best:
// `npx vite build --minify false`).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { largestStudioFile } from "../test-support/largestStudioFile.mjs";
import { readOrTrace, reportLongTasks, traceOf } from "./traceReport.mjs";
import { pageOnHost, studioPreviewLive } from "./tracedPage.mjs";

const DIST = process.env.BENCH_DIST ?? "dist";
const LONG_MS = Number(process.env.LONG_MS ?? 200);

/** The trace of one open, from the file's choice to 3 s after its preview is drawn. */
async function traceOpen() {
  const dir = join(DIST, "bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "studio-largest.json");
  writeFileSync(file, largestStudioFile());
  const { origin, page, cdp, close } = await pageOnHost(DIST);
  await page.goto(`${origin}/studio/`);
  await page.getByText("Every change is kept in this browser.").waitFor({ timeout: 180_000 });

  const events = await traceOf(cdp, async () => {
    await page.getByLabel("Open a file").setInputFiles(file);
    await page.locator("[aria-labelledby=events-section] fieldset.item input[id$='-title']").first().waitFor({ timeout: 300_000 });
    await studioPreviewLive(page);
    await page.waitForTimeout(3000);
  });
  await close();
  return events;
}

reportLongTasks(await readOrTrace(traceOpen), LONG_MS);
