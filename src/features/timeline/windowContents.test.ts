import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script, run by Node directly; no type declarations.
import { generateDataset } from "../../../scripts/generate-dataset.mjs";
import { buildIndex } from "../dataset/datasetIndex";
import { parseDataset } from "../dataset/parse";
import { fullWindow, LARGE_DATASET } from "./timeWindows";
import { firstFrom, longestRange, windowContents } from "./windowContents";

const DAY = 86_400_000;
const { events } = buildIndex(parseDataset(JSON.stringify(generateDataset(20_000, 5)), "big.json"));
const WIDTH = 1200;
const at = (from: string, days: number) => ({ start: new Date(from), end: new Date(new Date(from).getTime() + days * DAY) });

/** The events within the window's reach (a window either side), each counted once: as a box or in a crowd. */
function accounted(contents: ReturnType<typeof windowContents>) {
  return contents.events.length + contents.crowds.reduce((sum, c) => sum + c.count, 0);
}

describe("windowContents", () => {
  it("hands a small list over whole, with no crowds", () => {
    const few = events.slice(0, LARGE_DATASET);
    const contents = windowContents(few, at("2010-01-01", 30), WIDTH, null, 0);
    expect(contents.events).toEqual(few);
    expect(contents.crowds).toEqual([]);
  });

  it("zoomed out over 20,000 events, hands over a few dozen items that account for every event", () => {
    const contents = windowContents(events, fullWindow(events, WIDTH), WIDTH, null, longestRange(events));
    expect(contents.events.length + contents.crowds.length).toBeLessThan(60);
    expect(accounted(contents)).toBe(events.length);
    for (const crowd of contents.crowds) expect(crowd.count).toBeGreaterThanOrEqual(3);
  });

  it("zoomed in, draws the window's events as boxes, and only those near it", () => {
    const window = at("2012-03-01", 8);
    const contents = windowContents(events, window, WIDTH, null, 0);
    const span = 8 * DAY;
    const reach = events.filter((e) => {
      const t = e.date.start.getTime();
      return t >= window.start.getTime() - span && t < window.end.getTime() + span;
    });
    expect(contents.events.length).toBeGreaterThan(0);
    // Every event drawn lies within reach; every one in the window itself is drawn or counted.
    for (const event of contents.events) expect(reach).toContain(event);
    expect(accounted(contents)).toBeGreaterThanOrEqual(
      reach.filter((e) => e.date.start >= window.start && e.date.start <= window.end).length,
    );
  });

  it("always draws the selected event on its own, even in a crowd or out of reach, and counts it only once", () => {
    const window = fullWindow(events, WIDTH);
    const selected = events[12_345]!;
    const contents = windowContents(events, window, WIDTH, selected, 0);
    expect(contents.events).toContain(selected);
    expect(accounted(contents)).toBe(events.length);
    const far = windowContents(events, at("2001-01-01", 10), WIDTH, events.at(-1)!, 0);
    expect(far.events).toContain(events.at(-1));
  });

  it("keeps its grid while the window pans: a small pan changes nothing, a zoom changes the level", () => {
    const window = at("2015-06-01", 365);
    const panned = { start: new Date(window.start.getTime() + DAY), end: new Date(window.end.getTime() + DAY) };
    const a = windowContents(events, window, WIDTH, null, 0);
    const b = windowContents(events, panned, WIDTH, null, 0);
    const crowdIds = (c: typeof a) => new Set(c.crowds.map((x) => x.id));
    // Most crowds are the same items after the pan (same ids, same stretches).
    const shared = [...crowdIds(a)].filter((id) => crowdIds(b).has(id));
    expect(shared.length).toBeGreaterThan(crowdIds(a).size - 3);
    const zoomed = windowContents(events, at("2015-06-01", 30), WIDTH, null, 0);
    expect(zoomed.key.split(":")[0]).not.toBe(a.key.split(":")[0]);
  });

  it("draws a range that began before the window and runs into it", () => {
    const long = { ...events[0]!, id: "long", end: { ...events[0]!.date, end: new Date("2030-01-01") } };
    const list = [long, ...events.slice(1)];
    const contents = windowContents(list, at("2020-01-01", 20), WIDTH, null, longestRange(list));
    expect(contents.events).toContain(long);
  });

  it("says when a crowd's events all share one moment, so zooming cannot draw them apart", () => {
    const same = Array.from({ length: 400 }, (_, i) => ({ ...events[0]!, id: `same-${i}` }));
    const contents = windowContents(same, at("1999-12-25", 14), WIDTH, null, 0);
    expect(contents.crowds).toHaveLength(1);
    expect(contents.crowds[0]).toMatchObject({ count: 400, separable: false, first: 0 });
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
