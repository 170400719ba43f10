import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../test-support/generateDataset.mjs";
import { buildIndex } from "../../dataset/datasetIndex";
import { parseDataset } from "../../dataset/readDatasetNow";
import type { TimelineEvent } from "../../dataset/schema";
import { rangesReaching } from "./earlierRanges";
import { longestRange, planView, type PlanFrame } from "./planView";
import { fullWindow, type TimeWindow } from "./timeWindows";

// A researcher's log: 100,000 events in 2020–2024, many known only to the month or the year (all
// of those on its first day), and one in fifty a range of one to three years, one of them the whole
// five years.
const DAY = 86_400_000;
const SIZE = 100_000;
const raw = generateDataset(SIZE, 1, "dense") as unknown as { events: { date: string; end: string | null }[] };
raw.events.forEach((event, i) => {
  if (i % 50 !== 0) return;
  const year = Number(event.date.slice(0, 4));
  event.end = i === 0 ? "2024-12-31" : `${year + 1 + (i % 3)}-06`;
  if (i === 0) event.date = "2020-01-01";
});
const { events } = buildIndex(parseDataset(JSON.stringify(raw), "dense.json"));
const longest = longestRange(events);
const FRAMES: PlanFrame[] = [
  { widthPx: 1280, lanes: 6 },
  { widthPx: 343, lanes: 4 },
  { widthPx: 2560, lanes: 12 },
];
const around = (iso: string, ms: number): TimeWindow => ({
  start: new Date(Date.parse(iso) - ms / 2),
  end: new Date(Date.parse(iso) + ms / 2),
});
const WINDOWS: TimeWindow[] = [
  fullWindow(events, 1280),
  around("2022-07-01", 365 * DAY),
  around("2022-01-15", 31 * DAY),
  // New Year's Day 2022: the day of every event known only to 2022 or to January 2022.
  around("2022-01-01", DAY),
  around("2022-01-01", 3_600_000),
  around("2022-01-01", 1000),
  around("2023-06-15", 7 * DAY),
];

/** Reads of `list`'s elements while `plan` runs with a counting view of it, the second time (the
 * first builds what is kept per list; one view per list, so that is built once). */
let count = 0;
const views = new WeakMap<readonly TimelineEvent[], readonly TimelineEvent[]>();
function touches(list: readonly TimelineEvent[], plan: (counting: readonly TimelineEvent[]) => void): number {
  let counting = views.get(list);
  if (!counting) {
    counting = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) count++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    views.set(list, counting);
    plan(counting);
  }
  count = 0;
  plan(counting);
  return count;
}

describe("planView on a dense log", () => {
  it("hands the timeline at most a few hundred items for any window, frame and selection, at 100,000 events", () => {
    const selections = [null, events[0]!, events[SIZE / 2]!, events.find((e) => e.date.text === "2022")!];
    for (const frame of FRAMES)
      for (const window of WINDOWS)
        for (const selected of selections) {
          const plan = planView(events, window, frame, selected, longest);
          // A stretch is a box wide: the window and a window either side hold `3 × width / stretch`
          // of them, each at most a box per lane and a count.
          expect(plan.boxes.length + plan.crowds.length).toBeLessThanOrEqual(
            Math.max(300, ((3 * frame.widthPx) / 150 + 2) * (frame.lanes + 1)),
          );
          expect(plan.lanes).toBeLessThanOrEqual(frame.lanes + 1);
        }
  });

  it("plans a window by looking at a bounded number of events, however long its ranges", () => {
    for (const window of WINDOWS) {
      const selected = events[SIZE / 2]!;
      const looked = touches(events, (list) => planView(list, window, FRAMES[0]!, selected, longest));
      expect(looked, `${window.start.toISOString()}–${window.end.toISOString()}`).toBeLessThan(3_000);
    }
  });

  it("finds every range that reaches a time, latest begun first", () => {
    for (const iso of ["2020-06-01", "2022-01-01", "2023-03-15T12:00", "2024-12-30"]) {
      const time = Date.parse(iso);
      const all = events.filter((e) => e.end && e.date.start.getTime() < time && e.end.end.getTime() >= time);
      const found = rangesReaching(events, time, Infinity);
      expect(new Set(found)).toEqual(new Set(all));
      expect(found.map((e) => e.date.start.getTime())).toEqual(all.map((e) => e.date.start.getTime()).sort((a, b) => b - a));
      expect(rangesReaching(events, time, 5)).toEqual(found.slice(0, 5));
    }
  });
});
