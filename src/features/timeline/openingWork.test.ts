import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../test-support/generateDataset.mjs";
import { buildIndex, sortedByDate } from "../../dataset/datasetIndex";
import { parseDataset } from "../../dataset/readDatasetNow";
import type { TimelineEvent } from "../../dataset/schema";
import { longestRange, type PlanFrame } from "./planView";
import { fullWindow, initialWindow } from "./timeWindows";
import { openingCapacity, planWholeView } from "./wholeView";
import { panBounds, zoomMaxFor, zoomMinFor } from "./zoomLimits";

// A researcher's log of 100,000 events, one in fifty a range, indexed as the page indexes it.
const SIZE = 100_000;
const raw = generateDataset(SIZE, 1, "dense") as unknown as { events: { date: string; end: string | null }[] };
raw.events.forEach((event, i) => {
  if (i % 50 === 0) event.end = `${Number(event.date.slice(0, 4)) + 1 + (i % 3)}-06`;
});
const parsed = parseDataset(JSON.stringify(raw), "dense.json");
let reads = 0;
let counting = false;
// The index's events, counting each read of one of them while `counting`.
const events = new Proxy(sortedByDate(parsed.events), {
  get(target, key, receiver) {
    if (counting && typeof key === "string" && /^\d+$/.test(key)) reads++;
    return Reflect.get(target, key, receiver) as unknown;
  },
});
const index = buildIndex({ ...parsed, events }, { sorted: true });
const FRAME: PlanFrame = { widthPx: 1280, lanes: 6 };

/** The events `work` reads, the first time it runs once the index is built. */
function readsOf(work: () => void): number {
  [reads, counting] = [0, true];
  try {
    work();
  } finally {
    counting = false;
  }
  return reads;
}

describe("the opening's work on a large dataset", () => {
  it("reads a window's worth of events, not every event, once the index is built", () => {
    const opening = { selectedId: null, periodId: null };
    const middle = index.events[SIZE / 2]!;
    const read = readsOf(() => {
      // The first render and vis-timeline's creation: the whole view, the zoom and pan limits, the
      // longest range, the opening window and its plan; and a deep link's.
      fullWindow(index.events, FRAME.widthPx);
      zoomMinFor(index);
      zoomMaxFor(index);
      panBounds(index);
      const longest = longestRange(index.events);
      for (const [asked, current] of [
        [opening, null],
        [{ selectedId: middle.id, periodId: null }, middle],
      ] as const) {
        const window = initialWindow(index, index.events, asked, current?.id ?? null, FRAME.widthPx, openingCapacity(FRAME));
        planWholeView(index.events, window, FRAME, current as TimelineEvent | null, longest);
      }
    });
    expect(read).toBeLessThan(3_000);
  });
});
