// The bench's selection-latency rows: selections made once the timeline is live, kind by kind.
import { instrument, instrumentInput, selectionShown } from "./benchProbe.mjs";

/** How many selections of each kind a run makes. */
const SELECTIONS = 10;
export const SELECTION_KINDS = ["keys", "click", "hash", "list", "embed"];

/** The address of `deepLink` in the embed: `embed=1` added to its query. */
function embedAddress(address) {
  const [beforeHash, hash = ""] = address.split("#");
  return `${beforeHash}${beforeHash.includes("?") ? "&" : "?"}embed=1${hash ? `#${hash}` : ""}`;
}

/** Selecting events once the timeline is live, by each way a reader (or a host page) selects:
 * p50 and p95 of input to the frame that shows the event, and the longest task meanwhile.
 * `sorted`: the events in the app's order; `target`: the event the page opens on. */
export async function selectionLatencies({ browser, origin, sorted, target, deepLink }) {
  const spread = (k) => sorted[Math.floor((sorted.length * (k + 1)) / (SELECTIONS + 2))].id;
  const samples = Object.fromEntries(SELECTION_KINDS.map((kind) => [kind, []]));
  /** The most elements the page held after any selection. */
  let domMost = 0;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument, null);
  await context.addInitScript(instrumentInput);
  await context.route(`${origin}__host`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>host</title><iframe src="${embedAddress(deepLink(target.id))}" style="width:600px;height:700px;border:0"></iframe>`,
    }),
  );
  const page = await context.newPage();
  // A step that cannot be taken fails the run rather than waiting for ever.
  page.setDefaultTimeout(30_000);
  const live = (frame) =>
    frame.waitForFunction(() => window.__bench.timelineDrawn !== undefined && document.querySelector("[data-testid=event-detail]"), null, {
      timeout: 120_000,
    });
  /** One selection in `frame`: `input` acts, `id` (or any other event) is awaited. */
  const once = async (kind, frame, input, id = null) => {
    const previousId = await frame.evaluate(() => {
      window.__input.at = null;
      return document.querySelector("[data-testid=event-detail]")?.getAttribute("data-event-id") ?? null;
    });
    const shown = frame.evaluate(selectionShown, { id, previousId });
    await input();
    const sample = await Promise.race([shown, new Promise((resolve) => setTimeout(() => resolve(null), 30_000))]);
    if (!sample) throw new Error(`bench: selecting by ${kind} showed nothing in 30 s`);
    samples[kind].push(sample);
    domMost = Math.max(domMost, await frame.evaluate(() => document.getElementsByTagName("*").length));
  };
  await page.goto(`${origin}${deepLink(target.id)}`);
  await live(page);
  await page.waitForTimeout(500);
  const timeline = page.getByTestId("timeline");
  await timeline.focus();
  // From the deep-linked event towards the end, then back: every press moves the selection.
  for (let k = 0, at = sorted.indexOf(target), back = false; k < SELECTIONS; k++) {
    back ||= at + 1 >= sorted.length;
    if (back && at === 0) break;
    at += back ? -1 : 1;
    await once("keys", page, () => page.keyboard.press(back ? "ArrowLeft" : "ArrowRight"));
  }
  for (let k = 0; k < SELECTIONS; k++) {
    // Once the last selection's glide has ended: the box nearest the middle that is not selected
    // and is on top where a reader would click.
    await page.waitForTimeout(700);
    const point = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll("[data-testid=timeline] .vis-item[data-event-id]:not(.vis-selected)")];
      const mid = innerWidth / 2;
      const hits = boxes
        .map((box) => ({ box, r: box.getBoundingClientRect() }))
        .map(({ box, r }) => ({ box, x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 }))
        .filter(({ box, x, y }) => x > 0 && x < innerWidth && y > 0 && y < innerHeight && box.contains(document.elementFromPoint(x, y)));
      hits.sort((a, b) => Math.abs(a.x - mid) - Math.abs(b.x - mid));
      return hits[0] ? { x: hits[0].x, y: hits[0].y } : null;
    });
    if (!point) break;
    await once("click", page, () => page.mouse.click(point.x, point.y));
  }
  for (let k = 0; k < SELECTIONS; k++) {
    const id = spread(k);
    await once(
      "hash",
      page,
      () => page.evaluate((id) => ((window.__input.at = performance.now()), (location.hash = `#/event/${id}`)), id),
      id,
    );
  }
  await page.getByRole("button", { name: "List", exact: true }).click();
  const rows = page.locator("[data-testid=event-list] [data-list-event-id]");
  await rows.first().waitFor();
  const rowCount = await rows.count();
  for (let k = 0; k < Math.min(SELECTIONS, rowCount - 1); k++) {
    const row = rows.nth(k + 1);
    const id = await row.getAttribute("data-list-event-id");
    await once("list", page, () => row.click(), id);
  }
  await page.goto(`${origin}__host`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await live(frame);
  await page.waitForTimeout(500);
  for (let k = 0; k < SELECTIONS; k++) {
    const id = spread(k);
    const send = () =>
      page.evaluate((id) => document.querySelector("iframe").contentWindow.postMessage({ type: "timeline:select", id }, "*"), id);
    await once("embed", frame, send, id);
  }
  await context.close();
  const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
  return Object.fromEntries([
    ["domSelecting", domMost],
    ...SELECTION_KINDS.flatMap((kind) => {
      const latencies = samples[kind].map((s) => s.latency);
      return [
        [`select_${kind}_p50`, percentile(latencies, 0.5)],
        [`select_${kind}_p95`, percentile(latencies, 0.95)],
        [`select_${kind}_longest`, Math.max(0, ...samples[kind].map((s) => s.longest))],
      ];
    }),
  ]);
}
