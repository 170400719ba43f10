// The bench's studio section: a reporter opens a big draft (a generated file, through "Open a
// file"), types into an event's title key by key, undoes it, and the draft is kept as it goes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateDataset } from "../test-support/generateDataset.mjs";

/** Keys typed into the title, one at a time, at a quick typist's pace. */
const TYPED = " and a reporter's edit, typed";
const KEY_DELAY_MS = 100;

/** Injected before the studio: long tasks, IndexedDB write transactions (from the first `put` to
 * `complete`, the clone included), and each key's latency (from the key event to the first frame
 * that shows it in the field). */
export function studioProbe() {
  const marks = (window.__studio = { longTasks: [], writes: [], keys: [] });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => marks.longTasks.push(e.duration))).observe({
    type: "longtask",
    buffered: true,
  });
  // The end of a frame: a task queued from its animation frame runs once it is painted.
  const afterFrame = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  };
  window.__afterFrame = afterFrame;
  const timed = new WeakSet();
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const tx = this.transaction;
    if (!timed.has(tx)) {
      timed.add(tx);
      const start = performance.now();
      tx.addEventListener("complete", () => marks.writes.push(performance.now() - start));
    }
    return put.apply(this, args);
  };
  document.addEventListener(
    "keydown",
    (e) => {
      const field = e.target;
      if (!(field instanceof HTMLInputElement) || e.key.length !== 1) return;
      const expected = field.value.length + 1;
      const start = performance.now();
      const shown = () => {
        if (field.isConnected && field.value.length < expected) requestAnimationFrame(shown);
        else afterFrame(() => marks.keys.push(performance.now() - start));
      };
      requestAnimationFrame(shown);
    },
    true,
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
};

/** One run on a draft of `size` events, in a fresh context: the studio's figures. */
async function studioRun({ browser, origin, file, data }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(studioProbe);
  await page.goto(`${origin}studio/`);
  await page.getByText("Every change is kept in this browser.").waitFor({ timeout: 180_000 });
  const first = data.events[0];
  const result = {};

  // Open: from the file's choice to the first event's title in its field, on screen.
  await page.evaluate((expected) => {
    const input = document.querySelector("input[type=file]");
    input.addEventListener(
      "change",
      () => {
        const start = (window.__studio.openStart = performance.now());
        const look = () => {
          const field = document.querySelector("[aria-labelledby=events-section] fieldset.item input[id$='-title']");
          const box = field?.getBoundingClientRect();
          if (field?.value === expected && box.height > 0) window.__afterFrame(() => (window.__studio.open = performance.now() - start));
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      },
      { capture: true, once: true },
    );
  }, first.title);
  await page.getByLabel("Open a file").setInputFiles(file);
  await page.waitForFunction(() => window.__studio.open !== undefined, null, { timeout: 300_000, polling: 200 });
  result.open = await page.evaluate(() => window.__studio.open);
  // The preview drawn: the explorer in the frame has taken over from its loading status.
  await page.waitForFunction(
    () => {
      const doc = document.querySelector(".preview-pane iframe")?.contentDocument;
      const drawn = doc?.querySelector("[data-testid=timeline] .vis-timeline") && !doc.querySelector("[data-testid=timeline-preview]");
      if (drawn && window.__studio.previewDrawn === undefined) window.__studio.previewDrawn = performance.now();
      return drawn;
    },
    null,
    { timeout: 300_000, polling: 100 },
  );
  result.previewDrawn = await page.evaluate(() => window.__studio.previewDrawn - window.__studio.openStart);
  await page.waitForTimeout(2000); // let the open's saves and checks land before typing

  // Typing: key by key into the first event's title.
  const title = page
    .getByRole("region", { name: "Events", exact: true })
    .locator("fieldset.item")
    .first()
    .getByLabel("Title", { exact: true });
  await title.click();
  await title.press("End");
  await page.evaluate(() => {
    window.__studio.longTasks.length = 0;
    window.__studio.writes.length = 0;
    window.__studio.keys.length = 0;
  });
  await title.pressSequentially(TYPED, { delay: KEY_DELAY_MS, timeout: 600_000 });
  await page.waitForFunction((n) => window.__studio.keys.length >= n, TYPED.length, { timeout: 300_000, polling: 200 });
  await page.waitForTimeout(3000); // the last saves
  const typing = await page.evaluate(() => window.__studio);
  result.keyP50 = median(typing.keys);
  result.keyP95 = p95(typing.keys);
  result.longestTask = Math.max(0, ...typing.longTasks);
  result.tasksOver200 = typing.longTasks.filter((d) => d > 200).length;
  result.saves = typing.writes.length;
  result.saveMedian = median(typing.writes);
  result.saveMax = Math.max(0, ...typing.writes);
  result.dom = await page.evaluate(() => document.getElementsByTagName("*").length);

  // Undo: from the click to the first frame showing the title as it was.
  result.undo = await page.evaluate(
    (expected) =>
      new Promise((resolve) => {
        const field = document.querySelector("[aria-labelledby=events-section] fieldset.item input[id$='-title']");
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Undo");
        const start = performance.now();
        button.click();
        const look = () => {
          if (field.isConnected && field.value === expected) window.__afterFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    first.title,
  );
  await page.waitForTimeout(2000);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  result.heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
  await context.close();
  return result;
}

/** The studio's figures at each size, `runs` runs each: medians and ranges per figure. */
export async function benchStudio({ browser, origin, dist, sizes, runs, summary }) {
  const results = {};
  for (const size of sizes) {
    const data = generateDataset(size, 1);
    const file = join(dist, "bench", `studio-${size}.json`);
    writeFileSync(file, JSON.stringify(data));
    const all = [];
    for (let i = 0; i < runs; i++) {
      all.push(await studioRun({ browser, origin, file, data }));
      process.stderr.write(`  ${size} events, studio: run ${i + 1}/${runs} done\n`);
    }
    results[size] = Object.fromEntries(Object.keys(all[0]).map((k) => [k, summary(all.map((r) => r[k]))]));
  }
  return results;
}
