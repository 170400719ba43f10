// The bench's tables, printed as docs/performance.md shows them, and its results
// written to bench-results/latest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { DEEP_SEARCH } from "./benchDeepLinks.mjs";
import { SELECTION_KINDS } from "./benchSelections.mjs";

/** Prints every mode's table (a column per size, medians with their range) and the build times. */
export function printReport({
  runs: RUNS,
  sizes: SIZES,
  columns,
  modes: MODES,
  version,
  results,
  buildTimes,
  fileBytes,
  bytes,
  studio = {},
}) {
  const total = Object.values(bytes).reduce((t, b) => ({ raw: t.raw + b.raw, gzip: t.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const kib = (n) => (n / 1024).toFixed(1);
  const ms = (s) => (s.min === s.max ? `${s.median.toFixed(0)} ms` : `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`);
  const rows = [
    ["first event visible", (r) => ms(r.firstVisible)],
    ["deep link visible", (r) => ms(r.deepLink)],
    ["deep link, once the data is in", (r) => ms(r.deepLinkAfterData)],
    [`deep link with a search active (?q=${DEEP_SEARCH})`, (r) => (r.deepLinkSearched ? ms(r.deepLinkSearched) : "—")],
    ["vis-timeline drawn (interactive)", (r) => ms(r.timelineDrawn)],
    ["JS heap after GC (page)", (r) => `${(r.heap.median / 1048576).toFixed(1)} MiB`],
    ["heap allowed (12× file + 30 MiB)", (r, size) => `${((12 * fileBytes[size]) / 1048576 + 30).toFixed(0)} MiB`],
    ["DOM elements", (r) => `${r.dom.median}`],
    ["DOM elements, most after a selection", (r) => (r.domSelecting ? `${r.domSelecting.median}` : "—")],
    ["long-task blocking / longest", (r) => `${r.blocking.median.toFixed(0)} / ${r.longestTask.median.toFixed(0)} ms`],
    ["tasks over 200 ms", (r) => `${r.tasksOver200.median}`],
    ["pan+zoom frame median / p95", (r) => `${r.frameMedian.median.toFixed(1)} / ${r.frameP95.median.toFixed(1)} ms`],
    ["JS+CSS gzip requested before first visible", (r) => `${kib(r.bytesBeforeVisible.median)} KiB`],
    ['search "Tehran": input to count shown', (r) => ms(r.search)],
    ["longest task while typing it", (r) => `${r.searchLongestTask.median.toFixed(0)} ms`],
    ...SELECTION_KINDS.map((kind) => [
      `select by ${kind}: p50 / p95 (longest task)`,
      (r) =>
        `${r[`select_${kind}_p50`].median.toFixed(0)} / ${r[`select_${kind}_p95`].median.toFixed(0)} ms (${r[`select_${kind}_longest`].median.toFixed(0)} ms)`,
    ]),
    ["floor: fetch + JSON.parse of the file", (r) => (r.floor ? ms(r.floor) : "—")],
    ["first visible / live, × floor", (r) => (r.floor ? `${ratio(r.firstVisible, r.floor)} / ${ratio(r.timelineDrawn, r.floor)}` : "—")],
  ];
  const ratio = (a, floor) => `${(a.median / floor.median).toFixed(1)}×`;
  // A column's key is its size, and for a shape other than the spread one, the shape: "20000-dense".
  const label = (key) => {
    const [size, shape] = String(key).split("-");
    return `${Number(size).toLocaleString("en")} events${shape ? `, ${shape}` : ""}`;
  };
  const headerFor = (sizes) => `| | ${sizes.map(label).join(" | ")} |\n|---|${sizes.map(() => "---").join("|")}|`;
  console.log(`\nMedians of ${RUNS} runs (range in brackets), Chromium ${version}, 1280×800.`);
  for (const [mode, title] of Object.entries(MODES)) {
    const sizes = (columns ?? SIZES).filter((key) => results[mode][key]);
    if (!sizes.length) continue;
    // A row the run did not measure (`BENCH_ROWS`) is left out.
    const cell = (f, s) => {
      try {
        return f(results[mode][s], s);
      } catch {
        return null;
      }
    };
    const measured = rows
      .map(([name, f]) => [name, sizes.map((s) => cell(f, s))])
      .filter(([, cells]) => cells.some((c) => c !== null && c !== "—"));
    const lines = [headerFor(sizes), ...measured.map(([name, cells]) => `| ${name} | ${cells.map((c) => c ?? "—").join(" | ")} |`)];
    console.log(`\n${title}:\n\n${lines.join("\n")}`);
  }
  console.log(`\nJS+CSS, whole app, raw / gzip: ${kib(total.raw)} / ${kib(total.gzip)} KiB`);
  const seconds = (t) => `${(t / 1000).toFixed(1)} s`;
  const built = SIZES.filter((size) => buildTimes[size]);
  if (built.length) {
    console.log(
      `\nBuilding the published site (a page and a card per event):\n\n${headerFor(built)}\n` +
        `| build, no cards cached | ${built.map((s) => seconds(buildTimes[s].cold)).join(" | ")} |\n` +
        `| rebuild, cards cached | ${built.map((s) => seconds(buildTimes[s].warm)).join(" | ")} |`,
    );
  }
  printStudio(studio, headerFor, ms);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(
    "bench-results/latest.json",
    JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results, buildTimes, fileBytes, bytes, total, studio }, null, 2),
  );
  console.log("\nWritten to bench-results/latest.json");
}

/** The studio's table: a generated draft opened with "Open a file", a title typed into key by key. */
function printStudio(studio, headerFor, ms) {
  const sizes = Object.keys(studio).map(Number);
  if (!sizes.length) return;
  const whole = (s) => s.median.toFixed(0);
  const rows = [
    ["open: file chosen to first event in the form (≤ 2 s)", (r) => ms(r.open)],
    ["open: file chosen to preview drawn", (r) => ms(r.previewDrawn)],
    ["key shown, p50 / p95 (p95 ≤ 50 ms)", (r) => `${whole(r.keyP50)} / ${whole(r.keyP95)} ms`],
    ["longest task while typing (≤ 200 ms)", (r) => ms(r.longestTask)],
    ["tasks over 200 ms while typing", (r) => whole(r.tasksOver200)],
    ["autosave writes while typing", (r) => whole(r.saves)],
    ["autosave write, median / longest (≤ 50 ms)", (r) => `${whole(r.saveMedian)} / ${whole(r.saveMax)} ms`],
    ["Undo to the field shown (≤ 100 ms)", (r) => ms(r.undo)],
    ["JS heap after GC, studio and preview (≤ 100 MiB)", (r) => `${(r.heap.median / 1048576).toFixed(1)} MiB`],
    ["DOM elements (studio page)", (r) => whole(r.dom)],
  ];
  const lines = [headerFor(sizes), ...rows.map(([name, f]) => `| ${name} | ${sizes.map((s) => f(studio[s])).join(" | ")} |`)];
  console.log(`\nThe studio: a generated draft opened with "Open a file", a title typed key by key:\n\n${lines.join("\n")}`);
}
