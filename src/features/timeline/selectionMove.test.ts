import { describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../../test-support/generateDataset.mjs";
import { buildIndex } from "../../dataset/datasetIndex";
import { parseDataset } from "../../dataset/readDatasetNow";
import type { TimelineEvent } from "../../dataset/schema";
import { longestRange, planView, type PlanFrame } from "./planView";
import { glides, windowCentredOn, type TimeWindow } from "./timeWindows";
import { itemChanges, planItems } from "./visItems";

// A count's label is an element: all this test reads of it is that it is there.
vi.stubGlobal("document", { createElement: () => ({}) });

// A researcher's log of 100,000 events in 2020–2024, many known only to the month or the year.
const SIZE = 100_000;
const { events } = buildIndex(parseDataset(JSON.stringify(generateDataset(SIZE, 1, "dense")), "dense.json"));
const longest = longestRange(events);
const FRAME: PlanFrame = { widthPx: 1280, lanes: 6 };
const DAY = 86_400_000;

/** The windows vis-timeline passes through on its way from `from` to `to`: a step every 20 ms of
 * its 500 ms animation, eased in and out (its defaults); straight there where it does not glide. */
function windowsOfMove(from: TimeWindow, to: TimeWindow): TimeWindow[] {
  if (!glides(from, to)) return [to];
  const ease = (t: number) => (t < 0.5 ? 2 * t * t : -1 + (4 - 2 * t) * t);
  const at = (a: Date, b: Date, t: number) => new Date(a.getTime() + (b.getTime() - a.getTime()) * ease(t));
  return Array.from({ length: 25 }, (_, k) => ({ start: at(from.start, to.start, (k + 1) / 25), end: at(from.end, to.end, (k + 1) / 25) }));
}

/** The items handed to vis-timeline (added, changed or removed) while selecting `selected` moves the
 * window from `from` to `to`: each window passed through is planned, and only what differs from
 * what it holds is handed over, as TimelineController draws. */
function handedOver(from: TimeWindow, to: TimeWindow, selected: TimelineEvent): { handed: number; perPlan: number } {
  const classes = new Map<string, string>();
  const label = (count: number) => String(count);
  let drawn = itemChanges(new Map(), planItems(planView(events, from, FRAME, null, longest), classes, label)).looks;
  const perPlan = drawn.size;
  let [handed, key] = [0, ""];
  for (const window of [from, ...windowsOfMove(from, to)]) {
    const plan = planView(events, window, FRAME, selected, longest);
    if (plan.key === key) continue;
    key = plan.key;
    const { gone, changed, looks } = itemChanges(drawn, planItems(plan, classes, label));
    handed += gone.length + changed.length;
    drawn = looks;
  }
  return { handed, perPlan };
}

describe("a selection's move of the window", () => {
  const middle = events[SIZE / 2]!;
  const shown: TimeWindow = {
    start: new Date(middle.date.start.getTime() - 15 * DAY),
    end: new Date(middle.date.start.getTime() + 15 * DAY),
  };

  it("hands vis-timeline one window's items for a link to an event a year away, not every frame's of a glide", () => {
    const far = events.find((e) => e.date.start.getTime() > middle.date.start.getTime() + 365 * DAY)!;
    const { handed, perPlan } = handedOver(shown, windowCentredOn(far, shown), far);
    expect(perPlan).toBeGreaterThan(10);
    expect(handed).toBeLessThanOrEqual(2 * perPlan + 2);
  });

  it("still glides to the next event, within the boxes already drawn", () => {
    const next = events[SIZE / 2 + 1]!;
    const moved = windowCentredOn(next, shown);
    expect(glides(shown, moved)).toBe(true);
    const { handed, perPlan } = handedOver(shown, moved, next);
    expect(handed).toBeLessThanOrEqual(2 * perPlan + 2);
  });

  it("glides a window's width at the same zoom, and jumps farther, or to another zoom", () => {
    const span = 30 * DAY;
    const at = (start: number, width = span): TimeWindow => ({ start: new Date(start), end: new Date(start + width) });
    const from = at(0);
    expect(glides(from, at(span))).toBe(true);
    expect(glides(from, at(-span))).toBe(true);
    expect(glides(from, at(span + 1))).toBe(false);
    expect(glides(from, at(0, span * 2))).toBe(true);
    expect(glides(from, at(0, span * 3))).toBe(false);
    expect(glides(from, at(0, span / 3))).toBe(false);
  });
});
