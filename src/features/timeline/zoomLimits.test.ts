import { datedDataset } from "../../../test-support/datedDataset";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../dataset/datasetIndex";
import { EARLIEST_TIME, fullWindow, LATEST_TIME } from "./timeWindows";
import { panBounds, zoomMaxFor, zoomMinFor } from "./zoomLimits";

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const indexOf = (dates: string[], periods: { start: string; end: string }[] = []) =>
  buildIndex(datedDataset(dates, { periods: periods.map((p, i) => ({ id: `p${i}`, label: `P${i}`, ...p, sources: [{ source: "s" }] })) }));

describe("zoomMaxFor", () => {
  it.each([
    ["four centuries", ["1066-10-14", "1346-08-26", "1453-07-17"]],
    ["two centuries", ["1800", "1914-07-28", "2020-03-11"]],
    ["five millennia across the common era", ["-3000", "-0776", "0476", "2000"]],
    ["two hundred thousand years", ["-200000", "-10000", "2000"]],
  ])("lets a reader zoom out to the whole of %s, on any frame", (_, dates) => {
    const index = indexOf(dates);
    for (const width of [320, 718, 1280]) {
      const whole = fullWindow(index.events, width);
      expect(zoomMaxFor(index)).toBeGreaterThanOrEqual(whole.end.getTime() - whole.start.getTime());
    }
  });

  it("follows the dataset's span rather than a constant", () => {
    const hours = zoomMaxFor(indexOf(["2024-05-19T09:05", "2024-05-19T16:45"]));
    const years = zoomMaxFor(indexOf(["2020-01", "2024-11-20"]));
    const centuries = zoomMaxFor(indexOf(["1066-10-14", "1453-07-17"]));
    expect(hours).toBeLessThan(1 * YEAR);
    expect(hours).toBeGreaterThanOrEqual(7 * DAY);
    expect(years).toBeLessThan(60 * YEAR);
    expect(centuries).toBeGreaterThan(387 * YEAR);
    expect(centuries).toBeLessThan(4000 * YEAR);
  });

  it("takes in the periods' bands too", () => {
    const bare = zoomMaxFor(indexOf(["1900", "1950"]));
    expect(zoomMaxFor(indexOf(["1900", "1950"], [{ start: "1000", end: "1950" }]))).toBeGreaterThan(bare * 10);
  });
});

describe("panBounds", () => {
  it("keeps to the dates a JavaScript date can hold", () => {
    const { start, end } = panBounds(indexOf(["-271000", "275000"]));
    expect(start.getTime()).toBe(EARLIEST_TIME);
    expect(end.getTime()).toBe(LATEST_TIME);
    expect(zoomMaxFor(indexOf(["-271000", "275000"]))).toBe(LATEST_TIME - EARLIEST_TIME);
  });

  it("reaches past the whole dataset by more than a reader can zoom out to", () => {
    const index = indexOf(["1066-10-14", "1453-07-17"]);
    const { start, end } = panBounds(index);
    expect(index.events[0]!.date.start.getTime() - start.getTime()).toBeGreaterThanOrEqual(zoomMaxFor(index));
    expect(end.getTime() - index.events[1]!.date.end.getTime()).toBeGreaterThanOrEqual(zoomMaxFor(index));
  });
});

describe("zoomMinFor", () => {
  it("lets a reader zoom in to a few hours' events where they carry times of day, a week otherwise", () => {
    const hours = indexOf(["2024-05-19T09:00", "2024-05-19T12:00"]);
    const whole = fullWindow(hours.events, 1280);
    expect(zoomMinFor(hours)).toBeLessThan(whole.end.getTime() - whole.start.getTime());
    expect(zoomMinFor(indexOf(["2024-05", "2024-06"]))).toBe(7 * DAY);
  });

  it("lets a reader zoom in to the window a one-day story opens on, where events are dated to the day", () => {
    const day = indexOf(["2024-05-19"]);
    for (const width of [320, 1280]) {
      const whole = fullWindow(day.events, width);
      expect(zoomMinFor(day)).toBeLessThanOrEqual(whole.end.getTime() - whole.start.getTime());
    }
  });
});
