import { describe, expect, it } from "vitest";
import { generateDataset } from "../../test-support/generateDataset.mjs";
import { extentOf, summaryOf } from "./eventsSummary";
import { parseDataset } from "./readDatasetNow";
import type { TimelineEvent } from "./schema";

const eventsOf = (raw: unknown) => parseDataset(JSON.stringify(raw), "t.json").events;

describe("summaryOf", () => {
  it("holds each fact as a pass over the events finds it", () => {
    const raw = generateDataset(400, 3, "dense");
    raw.events.forEach((event, i) => {
      const e = event as unknown as { date: string; end: string | null };
      if (i % 40 === 0) e.end = `${Number(e.date.slice(0, 4)) + 1 + (i % 3)}-06`;
    });
    const events = eventsOf(raw);
    const summary = summaryOf(events);
    const starts = events.map((e) => e.date.start.getTime());
    const lengths = events.filter((e) => e.end).map((e) => e.end!.end.getTime() - e.date.start.getTime());
    expect(summary.count).toBe(events.length);
    expect(summary.firstStart).toBe(Math.min(...starts));
    expect(summary.lastStart).toBe(Math.max(...events.map((e) => (e.end ?? e.date).start.getTime())));
    expect(summary.lastEnd).toBe(Math.max(...events.map((e) => (e.end ?? e.date).end.getTime())));
    expect(summary.finest).toBe("day");
    expect(summary.longestRange).toBe(Math.max(...lengths));
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    expect(summary.categories).toEqual(counts);
    // Every range in the class of its length, none elsewhere.
    expect(summary.rangeClasses.flat().length).toBe(lengths.length);
    summary.rangeClasses.forEach((ranges: TimelineEvent[], c) => {
      for (const range of ranges) {
        const length = range.end!.end.getTime() - range.date.start.getTime();
        expect(length < 2 ** c && (c === 0 || length >= 2 ** (c - 1))).toBe(true);
      }
    });
  });

  it("is read once per list, and tells a timed list and an empty one", () => {
    const events = eventsOf(generateDataset(20, 1));
    expect(extentOf(events)).toBe(extentOf(events));
    const timed = eventsOf({ ...generateDataset(2, 1), events: [{ ...generateDataset(2, 1).events[0], date: "2024-05-01T10:30" }] });
    expect(summaryOf(timed).finest).toBe("timed");
    expect(summaryOf([])).toMatchObject({ count: 0, firstStart: Infinity, longestRange: 0, finest: "year" });
  });
});
