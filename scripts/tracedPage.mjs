// What the profile scripts and bench:studio-open share: a page on a static host of the build, a
// generated log written into it, and the moments they wait for.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../test-support/chromium.mjs";
import { freePort } from "../test-support/freePort.mjs";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { startStaticHost } from "./staticHost.mjs";

/** A page of the system Chromium at 1280×800 on a static host of `dist`, with a DevTools session;
 * `close` ends the browser and the host. */
export async function pageOnHost(dist) {
  const port = await freePort();
  const stop = await startStaticHost({ "/": dist }, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const close = async () => {
    await browser.close();
    stop();
  };
  return { origin: `http://127.0.0.1:${port}`, page, cdp, close };
}

/** Writes a generated log of `size` events of `shape` into `dist/bench/`: its path under the site. */
export function writeGeneratedLog(dist, size, shape) {
  const name = `profile-${shape}-${size}.json`;
  mkdirSync(join(dist, "bench"), { recursive: true });
  writeFileSync(join(dist, "bench", name), JSON.stringify(generateDataset(size, 1, shape)));
  return `bench/${name}`;
}

/** Resolves once the explorer's vis-timeline has drawn and the first paint's preview is gone. */
export async function explorerLive(page) {
  await page.locator("[data-testid=timeline] .vis-timeline").waitFor({ timeout: 300_000 });
  await page.locator("[data-testid=timeline-preview]").waitFor({ state: "detached", timeout: 300_000 });
}

/** Resolves once the studio's preview frame shows vis-timeline in place of its first paint. */
export async function studioPreviewLive(page) {
  await page.waitForFunction(
    () => {
      const doc = document.querySelector(".preview-pane iframe")?.contentDocument;
      return doc?.querySelector("[data-testid=timeline] .vis-timeline") && !doc.querySelector("[data-testid=timeline-preview]");
    },
    null,
    { timeout: 300_000, polling: 100 },
  );
}
