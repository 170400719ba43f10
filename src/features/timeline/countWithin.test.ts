import { describe, expect, it } from "vitest";
import { countWithin, COUNT_MIN_PX } from "./visItems";
import type { Crowd } from "./planView";

const crowd = (start: number, end: number): Crowd => ({
  id: "crowd:0:0",
  start: new Date(start),
  end: new Date(end),
  lane: 0,
  count: 3,
  first: 0,
  last: 2,
  separable: true,
});
// A window of 1000 ms drawn 1000 px wide: a millisecond a pixel.
const room = { start: 0, end: 1000, widthPx: 1000 };

describe("countWithin", () => {
  it("leaves a count wholly inside the window as planned", () => {
    const c = crowd(100, 300);
    expect(countWithin(c, room)).toBe(c);
  });

  it("leaves a count wholly outside the window where it is", () => {
    const c = crowd(-500, -100);
    expect(countWithin(c, room)).toBe(c);
  });

  it("pulls a count cut by either edge inside the window", () => {
    for (const [from, to] of [
      [-300, 200],
      [800, 1300],
      [-100, 1100],
    ] as const) {
      const { start, end } = countWithin(crowd(from, to), room);
      expect(start.getTime()).toBeGreaterThanOrEqual(0);
      expect(end.getTime()).toBeLessThanOrEqual(1000);
    }
  });

  it("keeps a count barely inside the window as wide as its label, against the edge", () => {
    const right = countWithin(crowd(990, 1200), room);
    expect(right.end.getTime() - right.start.getTime()).toBeCloseTo(COUNT_MIN_PX);
    expect(right.end.getTime()).toBeLessThanOrEqual(1000);
    const left = countWithin(crowd(-200, 10), room);
    expect(left.end.getTime() - left.start.getTime()).toBeCloseTo(COUNT_MIN_PX);
    expect(left.start.getTime()).toBeGreaterThanOrEqual(0);
  });
});
