// The long tasks of a DevTools trace (page and same-origin frames: one renderer thread), each with the
// work inside it that took longest and the functions that ran most; shared by the profile scripts.
import { readFileSync, writeFileSync } from "node:fs";

/** The trace categories the report reads. */
export const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
  "blink.user_timing",
];

/** Traces `act` on `page` through `cdp` (a CDP session of its context): the trace's events. */
export async function traceOf(cdp, act) {
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: CATEGORIES }, transferMode: "ReportEvents" });
  await act();
  await cdp.send("Tracing.end");
  await done;
  return events;
}

/** The trace from `TRACE_IN` if set, else `trace()`'s; written to `TRACE_OUT` if set. */
export async function readOrTrace(trace) {
  const events = process.env.TRACE_IN ? JSON.parse(readFileSync(process.env.TRACE_IN, "utf8")) : await trace();
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify(events));
  return events;
}

/** Prints each task over `longMs` on the renderer's main thread, longest first. */
export function reportLongTasks(events, longMs) {
  // The renderer's main threads (the page and its same-origin frame share one).
  // Only the page's: a renderer that ran a script of the site (not the browser's own pages).
  const ours = new Set(events.filter((e) => /^http:\/\/127\.0\.0\.1/.test(e.args?.data?.url ?? "")).map((e) => e.pid));
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args.name === "CrRendererMain" && ours.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e) => mains.has(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => onMain(e) && e.ph === "X" && e.name === "RunTask" && e.dur > longMs * 1000);

  // The sampled stacks of the main thread, each sample's time and leaf-to-root frames.
  const samples = [];
  const profiles = new Map();
  for (const e of events.filter((e) => e.name === "Profile" || e.name === "ProfileChunk")) {
    const id = `${e.pid}:${e.id}`;
    if (e.name === "Profile") {
      profiles.set(id, { thread: `${e.pid}:${e.tid}`, time: e.args.data.startTime, nodes: new Map() });
      continue;
    }
    const profile = profiles.get(id);
    if (!profile) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) profile.nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((node, i) => {
      profile.time += timeDeltas[i] ?? 0;
      if (mains.has(profile.thread)) samples.push({ time: profile.time, ms: (timeDeltas[i] ?? 0) / 1000, node, profile });
    });
  }
  const frameName = (node) => {
    const { functionName, url = "", lineNumber = 0 } = node.callFrame;
    return `${functionName || "(anonymous)"} ${url.replace(/^.*\//, "")}:${lineNumber + 1}`;
  };
  const ownFrame = (node) => /\/assets\//.test(node.callFrame.url ?? "") && !/node_modules|vendor|react-dom|vis-/.test(node.callFrame.url);

  console.log(`Tasks over ${longMs} ms on the renderer's main thread: ${tasks.length}\n`);
  const start = Math.min(...tasks.map((t) => t.ts));
  for (const task of tasks.sort((a, b) => b.dur - a.dur)) {
    const end = task.ts + task.dur;
    const inside = events.filter((e) => onMain(e) && e.ph === "X" && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const what = inside
      .filter((e) => e.dur > 20_000 && e.name !== "ProfileCall")
      .sort((a, b) => a.ts - b.ts)
      .map((e) => {
        const d = e.args?.data ?? {};
        const detail = d.functionName || d.type || d.url?.replace(/^.*\//, "") || "";
        return `    ${(e.dur / 1000).toFixed(0).padStart(5)} ms  ${e.name}${detail ? ` (${detail})` : ""}`;
      });
    const self = new Map();
    const own = new Map();
    const inclusive = new Map();
    for (const s of samples.filter((s) => s.time >= task.ts && s.time <= end)) {
      const leaf = s.profile.nodes.get(s.node);
      if (!leaf) continue;
      self.set(frameName(leaf), (self.get(frameName(leaf)) ?? 0) + 1);
      const seen = new Set();
      for (let n = leaf; n; n = s.profile.nodes.get(n.parent)) seen.add(frameName(n));
      for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
      for (let n = leaf; n; n = s.profile.nodes.get(n.parent)) {
        if (ownFrame(n)) {
          own.set(frameName(n), (own.get(frameName(n)) ?? 0) + 1);
          break;
        }
      }
    }
    const top = (m, count = 8) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([name, n]) => `    ${String(n).padStart(5)}  ${name}`);
    console.log(`${(task.dur / 1000).toFixed(0)} ms at +${((task.ts - start) / 1000).toFixed(0)} ms`);
    console.log(
      [
        "  inside (over 20 ms):",
        ...what,
        "  samples by leaf:",
        ...top(self),
        "  samples by nearest own function:",
        ...top(own),
        "  samples by function, callees included:",
        ...top(inclusive, 16),
      ].join("\n"),
    );
    console.log("");
  }
  // Over the whole trace: the main thread's CPU time by nearest own function (steadier than task lengths under load).
  const ownTime = new Map();
  let total = 0;
  for (const s of samples) {
    let n = s.profile.nodes.get(s.node);
    if (!n || n.callFrame.functionName === "(idle)" || n.callFrame.functionName === "(program)") continue;
    total += s.ms;
    while (n && !ownFrame(n)) n = s.profile.nodes.get(n.parent);
    const name = n ? frameName(n) : "(not the app's)";
    ownTime.set(name, (ownTime.get(name) ?? 0) + s.ms);
  }
  console.log(`Main thread CPU over the trace: ${total.toFixed(0)} ms; by nearest own function:`);
  for (const [name, ms] of [...ownTime].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
}
