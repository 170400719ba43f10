import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../test-support/generateDataset.mjs";
import { buildIndex } from "../../dataset/datasetIndex";
import { parseDataset } from "../../dataset/readDatasetNow";
import type { TimelineEvent } from "../../dataset/schema";
import { ITEM_BOX } from "./itemBox";
import { firstFrom, longestRange, planView, zoomLevel, type PlanFrame, type ViewPlan } from "./planView";
import { openingCapacity, planWholeView } from "./wholeView";
import { boxIsWhole, fullWindow, initialWindow, type TimeWindow } from "./timeWindows";

const DAY = 86_400_000;
const log = (size: number, seed = 5) => buildIndex(parseDataset(JSON.stringify(generateDataset(size, seed)), "log.json"));
const { events } = log(20_000);
const FRAME: PlanFrame = { widthPx: 1200, lanes: 6 };
const at = (from: string, days: number): TimeWindow => ({ start: new Date(from), end: new Date(new Date(from).getTime() + days * DAY) });

/** The window a deep link to `target` opens on. */
const openedOn = (index: ReturnType<typeof log>, target: TimelineEvent, frame: PlanFrame) =>
  initialWindow(index, index.events, { selectedId: target.id, periodId: null }, target.id, frame.widthPx, openingCapacity(frame));

/** The events a plan accounts for: boxes, plus every crowd's count. */
const accounted = (plan: ViewPlan) => plan.boxes.length + plan.crowds.reduce((sum, c) => sum + c.count, 0);

/** The events in the stretches a plan covers (the window and a window either side, on its grid). */
function inReach(list: readonly TimelineEvent[], window: TimeWindow, frame: PlanFrame): TimelineEvent[] {
  const stretch = 2 ** zoomLevel(window, frame.widthPx) * 1000;
  const span = window.end.getTime() - window.start.getTime();
  const from = Math.floor((window.start.getTime() - span) / stretch) * stretch;
  const to = (Math.floor((window.start.getTime() + 2 * span) / stretch) + 1) * stretch;
  return list.filter((e) => e.date.start.getTime() >= from && e.date.start.getTime() < to);
}

/** Every item's span on screen in `window`, in pixels, with its lane. */
function onScreen(plan: ViewPlan, window: TimeWindow, frame: PlanFrame) {
  const scale = frame.widthPx / (window.end.getTime() - window.start.getTime());
  const px = (t: number) => (t - window.start.getTime()) * scale;
  const boxes = plan.boxes.map(({ event, lane, lanes }) => {
    const x = px(event.date.start.getTime());
    const [left, right] = event.end
      ? [x, Math.max(px(event.end.end.getTime()), x + ITEM_BOX.width)]
      : [x - ITEM_BOX.width / 2, x + ITEM_BOX.width / 2];
    return { id: event.id, lane, lanes, left, right, connector: event.end ? null : x };
  });
  const crowds = plan.crowds.map((c) => ({
    id: c.id,
    lane: c.lane,
    lanes: 1,
    left: px(c.start.getTime()) + ITEM_BOX.gap / 2,
    right: px(c.end.getTime()) - ITEM_BOX.gap / 2,
  }));
  return { boxes, crowds };
}

function expectNothingOverlaps(plan: ViewPlan, window: TimeWindow, frame: PlanFrame) {
  const { boxes, crowds } = onScreen(plan, window, frame);
  const items = [...boxes, ...crowds];
  for (const a of items)
    for (const b of items) {
      // A tall box (a long title) takes its lanes from `lane` up.
      if (a === b || a.lane + a.lanes <= b.lane || b.lane + b.lanes <= a.lane) continue;
      // Apart by at least the gap (a pixel of slack for rounding).
      expect(a.right + ITEM_BOX.gap - 1 <= b.left || b.right + ITEM_BOX.gap - 1 <= a.left, `${a.id} and ${b.id} overlap`).toBe(true);
    }
  // No connector runs through a count.
  for (const box of boxes)
    for (const crowd of crowds)
      if (box.connector !== null && crowd.lane < box.lane) expect(box.connector < crowd.left || box.connector > crowd.right).toBe(true);
}

describe("planView", () => {
  it("accounts for every event within its reach exactly once, as a box or in a count", () => {
    for (const window of [fullWindow(events, FRAME.widthPx), at("2012-03-01", 8), at("2015-06-01", 365), at("2001-01-01", 3000)]) {
      const plan = planView(events, window, FRAME, null, 0);
      expect(accounted(plan)).toBe(inReach(events, window, FRAME).length);
      const ids = plan.boxes.map((b) => b.event.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("never overlaps two items in a lane, nor runs a connector through a count, and keeps to its lanes", () => {
    for (const [window, frame] of [
      [fullWindow(events, 1200), FRAME],
      [at("2012-03-01", 30), FRAME],
      [at("2015-06-01", 365), { widthPx: 343, lanes: 4 }],
      [at("2003-01-01", 900), { widthPx: 280, lanes: 2 }],
    ] as const) {
      const plan = planView(events, window, frame, events[9_000]!, 0);
      expectNothingOverlaps(plan, window, frame);
      for (const box of plan.boxes) expect(box.lane + box.lanes).toBeLessThanOrEqual(frame.lanes);
    }
  });

  it("zoomed out over 20,000 events, shows titles as well as counts, in a few dozen items", () => {
    const window = fullWindow(events, FRAME.widthPx);
    const plan = planView(events, window, FRAME, null, longestRange(events));
    expect(plan.boxes.length).toBeGreaterThanOrEqual(10);
    expect(plan.boxes.length + plan.crowds.length).toBeLessThan(150);
    expect(accounted(plan)).toBe(events.length);
  });

  it("does work bounded by the window: ten times the events, about the same number of them touched", () => {
    const touches = (list: readonly TimelineEvent[]) => {
      let count = 0;
      const counting = new Proxy(list, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) count++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      const window = fullWindow(list, FRAME.widthPx);
      planView(counting, window, FRAME, list[Math.floor(list.length / 2)]!, 0);
      return count;
    };
    const small = touches(log(2_000, 3).events);
    const large = touches(log(20_000, 3).events);
    // Binary searches grow with log n; placements not at all.
    expect(large).toBeLessThan(small * 2);
    expect(large).toBeLessThan(3_000);
  });

  it("always draws the selected event, next to the axis, and counts it only once", () => {
    const window = fullWindow(events, FRAME.widthPx);
    const selected = events[12_345]!;
    const plan = planView(events, window, FRAME, selected, 0);
    expect(plan.boxes.find((b) => b.event === selected)?.lane).toBe(0);
    expect(accounted(plan)).toBe(events.length);
    const far = planView(events, at("2001-01-01", 10), FRAME, events.at(-1)!, 0);
    expect(far.boxes.map((b) => b.event)).toContain(events.at(-1));
  });

  it("keeps its plan while the window pans within a stretch, and its counts' ids across a pan", () => {
    const window = at("2015-06-01", 365);
    const nudged = { start: new Date(window.start.getTime() + 1000), end: new Date(window.end.getTime() + 1000) };
    expect(planView(events, nudged, FRAME, null, 0).key).toBe(planView(events, window, FRAME, null, 0).key);
    const panned = { start: new Date(window.start.getTime() + 20 * DAY), end: new Date(window.end.getTime() + 20 * DAY) };
    const ids = (plan: ViewPlan) => new Set(plan.crowds.map((c) => c.id));
    const [a, b] = [ids(planView(events, window, FRAME, null, 0)), ids(planView(events, panned, FRAME, null, 0))];
    expect([...a].filter((id) => b.has(id)).length).toBeGreaterThan(a.size - 4);
    expect(planView(events, at("2015-06-01", 30), FRAME, null, 0).key.split(":")[0]).not.toBe(
      planView(events, window, FRAME, null, 0).key.split(":")[0],
    );
  });

  it("draws ranges as ranges, including one that began before the window and runs into it", () => {
    const long = { ...events[0]!, id: "long", end: { ...events[0]!.date, end: new Date("2030-01-01") } };
    const list = [long, ...events.slice(1)];
    const window = at("2020-01-01", 20);
    const plan = planView(list, window, FRAME, null, longestRange(list));
    expect(plan.boxes.map((b) => b.event)).toContain(long);
    expectNothingOverlaps(plan, window, FRAME);
  });

  it("gives a long title's box the lanes it needs, clear of every other item, and grows the plan for it", () => {
    const long = "A long-winded title that goes on for a considerable while about what happened and what followed it";
    // Thirty events a few days apart, every third with a long title.
    const dense = events.slice(0, 30).map((event, i) => ({
      ...event,
      id: `dense-${i}`,
      end: null,
      title: i % 3 === 0 ? `${long} (${i})` : `Event ${i}`,
      date: { ...event.date, start: new Date(Date.UTC(2022, 0, 1 + 4 * i)), end: new Date(Date.UTC(2022, 0, 2 + 4 * i)) },
    }));
    const window = at("2022-01-01", 120);
    for (const frame of [FRAME, { widthPx: 343, lanes: 4 }]) {
      const plan = planView(dense, window, frame, dense[3]!, 0);
      const tall = plan.boxes.filter((box) => box.event.title.startsWith(long));
      expect(tall.length).toBeGreaterThan(0);
      for (const box of tall) expect(box.lanes).toBeGreaterThanOrEqual(2);
      for (const box of plan.boxes.filter((b) => !b.event.title.startsWith(long))) expect(box.lanes).toBe(1);
      expectNothingOverlaps(plan, window, frame);
      for (const box of plan.boxes) expect(box.lane + box.lanes).toBeLessThanOrEqual(frame.lanes);
      expect(plan.lanes).toBe(Math.max(...plan.boxes.map((b) => b.lane + b.lanes), ...plan.crowds.map((c) => c.lane + 1)));
      expect(accounted(plan)).toBe(inReach(dense, window, frame).length);
    }
  });

  it("says when a crowd's events all share one moment, so zooming cannot draw them apart", () => {
    const same = Array.from({ length: 400 }, (_, i) => ({ ...events[0]!, id: `same-${i}` }));
    const plan = planView(same, at("1999-12-25", 14), FRAME, null, 0);
    expect(plan.crowds).toHaveLength(1);
    expect(plan.crowds[0]).toMatchObject({ separable: false, first: plan.boxes.length, last: 399 });
    expect(accounted(plan)).toBe(400);
  });

  it("opens a 1,000-event log on titles: at least 8 whole boxes at 1280×800, 3 at 375 px", () => {
    const index = log(1_000, 1);
    for (const [frame, least] of [
      [{ widthPx: 716, lanes: 6 }, 8],
      [{ widthPx: 343, lanes: 4 }, 3],
    ] as const) {
      const first = initialWindow(index, index.events, { selectedId: null, periodId: null }, null, frame.widthPx, openingCapacity(frame));
      const { window, plan } = planWholeView(index.events, first, frame, null, 0);
      const whole = plan.boxes.filter(({ event }) => boxIsWhole(event, window, frame.widthPx));
      expect(whole.length).toBeGreaterThanOrEqual(least);
      expectNothingOverlaps(plan, window, frame);
      // A deep link, among as many neighbours.
      const target = index.events[500]!;
      const linked = openedOn(index, target, frame);
      const deep = planWholeView(index.events, linked, frame, target, 0);
      const around = deep.plan.boxes.filter(({ event }) => boxIsWhole(event, deep.window, frame.widthPx));
      expect(around.length, `deep link at ${frame.widthPx}px`).toBeGreaterThanOrEqual(least);
    }
  });

  it("opens windows in which every box on screen is whole: widened (a small dataset), or with the boxes its edges cut left to a pan", () => {
    for (const index of [log(150, 2), log(1_000, 2)]) {
      for (const frame of [
        { widthPx: 716, lanes: 6 },
        { widthPx: 338, lanes: 4 },
      ]) {
        for (const target of [index.events[0]!, index.events[index.events.length >> 1]!, index.events.at(-1)!]) {
          // A deep link's window, and a keyboard step's (the same span, centred on the event).
          const opening = openedOn(index, target, frame);
          const span = opening.end.getTime() - opening.start.getTime();
          const centred = {
            start: new Date(target.date.start.getTime() - span / 2),
            end: new Date(target.date.start.getTime() + span / 2),
          };
          for (const asked of [opening, centred]) {
            const { window, plan } = planWholeView(index.events, asked, frame, target, 0);
            const scale = frame.widthPx / (window.end.getTime() - window.start.getTime());
            for (const { event } of plan.boxes) {
              const x = (event.date.start.getTime() - window.start.getTime()) * scale;
              const [left, right] = [x - ITEM_BOX.width / 2, x + ITEM_BOX.width / 2];
              // A box either is whole or lies wholly off screen.
              const whole = left >= -1 && right <= frame.widthPx + 1;
              const off = right <= 0 || left >= frame.widthPx;
              if (index.events.length <= 150 || event === target) {
                expect(whole || off, `${event.id} at ${Math.round(left)}–${Math.round(right)} of ${frame.widthPx}`).toBe(true);
              }
            }
          }
        }
      }
    }
  });
});

describe("firstFrom", () => {
  it("finds the first event at or after a time by binary search", () => {
    const time = new Date("2010-06-15").getTime();
    const i = firstFrom(events, time);
    expect(events[i]!.date.start.getTime()).toBeGreaterThanOrEqual(time);
    expect(events[i - 1]!.date.start.getTime()).toBeLessThan(time);
    expect(firstFrom(events, -Infinity)).toBe(0);
    expect(firstFrom(events, Infinity)).toBe(events.length);
  });
});
