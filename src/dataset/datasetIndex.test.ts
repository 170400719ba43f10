import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../test-support/generateDataset.mjs";
import { buildIndex, buildIndexInSteps, inDateOrder, indexAsArriving, sortedByDate } from "./datasetIndex";
import { parsePartialDate } from "../lib/dates";
import { summaryOf } from "./eventsSummary";
import { parseDataset } from "./readDatasetNow";

describe("buildIndexInSteps", () => {
  it("builds buildIndex's look-ups a step a task", async () => {
    const raw = generateDataset(1050, 7);
    // A former id, found through the event that had it.
    (raw.events[3] as unknown as Record<string, unknown>).formerIds = ["was-3"];
    const parsed = parseDataset(JSON.stringify(raw), "t.json");
    const dataset = { ...parsed, events: sortedByDate(parsed.events) };
    let pauses = 0;
    const stepped = await buildIndexInSteps(dataset, async () => void pauses++, 100);
    expect(pauses).toBe(11);
    const whole = buildIndex(dataset, { sorted: true });
    expect({ ...stepped, search: null }).toEqual({ ...whole, search: null });
    expect(stepped.eventByFormerId.get("was-3")?.id).toBe(raw.events[3]!.id);
    const { positions } = await stepped.search({ query: raw.events[10]!.title, categories: null });
    expect([...positions].map((at) => stepped.events[at]!.id)).toContain(raw.events[10]!.id);
  });
});

describe("indexAsArriving", () => {
  it("indexes slices as they arrive into buildIndex's look-ups, and their summary", () => {
    const raw = generateDataset(1050, 7);
    (raw.events[5] as unknown as Record<string, unknown>).formerIds = ["was-5"];
    const parsed = parseDataset(JSON.stringify(raw), "t.json");
    const sorted = sortedByDate(parsed.events);
    const arriving: typeof sorted = [];
    const indexing = indexAsArriving(arriving, parsed);
    for (let from = 0; from < sorted.length; from += 200) {
      arriving.push(...sorted.slice(from, from + 200));
      indexing.add(from, arriving.length);
    }
    const stepped = indexing.finish();
    const whole = buildIndex({ ...parsed, events: sorted }, { sorted: true });
    expect({ ...stepped, search: null }).toEqual({ ...whole, search: null });
    expect(stepped.eventByFormerId.get("was-5")?.id).toBe(raw.events[5]!.id);
    expect(summaryOf(stepped.events)).toEqual(summaryOf([...sorted]));
  });
});

describe("inDateOrder", () => {
  // A reporter orders same-day events deliberately (cause before effect), as TimelineJS keeps them.
  it("keeps the input order of events on the same date", () => {
    const dates = ["2024", "2024-05", "2024-05-01", "2024-05-02", "2023-12-31T10:00", "1900"];
    const event = fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), date: fc.constantFrom(...dates) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const ordered = inDateOrder(events, (e) => parsePartialDate(e.date)!);
        for (const date of dates) {
          expect(ordered.filter((e) => e.date === date)).toEqual(events.filter((e) => e.date === date));
        }
      }),
    );
  });
});
