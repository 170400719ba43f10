import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../test-support/generateDataset.mjs";
import { earlyDataset } from "./earlyDataset";
import { validateDataset } from "./parse";

type RawEvent = Record<string, unknown>;
type Raw = Record<string, unknown> & { events: RawEvent[]; sources: { id: string }[] };

const generated = (count: number, seed: number, shape: "spread" | "dense") => generateDataset(count, seed, shape) as unknown as Raw;
const shapes = fc.constantFrom<"spread" | "dense">("spread", "dense");

/** Translations, updates, links and other optional fields on some events: what a real log may carry. */
function decorated(raw: Raw, every: number): Raw {
  const events = raw.events.map((event, i) => {
    if (i % every !== 0) return event;
    return {
      ...event,
      summary: [["See ", { text: "the report", href: "https://news.example/a" }, "."], ["Second paragraph."]],
      end: i % 2 ? `${String(event.date).slice(0, 4)}-12-31` : null,
      displayDate: "Around then",
      published: "2024-05-01T10:00:00Z",
      formerIds: [`old-${i}`],
      updates: [
        { date: "2024-06-01", kind: "update", note: "Added a source.", translations: { ar: { note: "أضيف مصدر." } } },
        { date: "2024-06-02T09:30Z", kind: "correction", note: "The place was wrong." },
      ],
      translations: { ar: { title: "عنوان", summary: "ملخص", actors: ["إيران"], basis: { title: "abc" } } },
      unknownField: "dropped by the schema",
    };
  });
  return { ...raw, languages: [{ code: "en" }, { code: "ar", translator: "the Arabic desk", method: "human" }], events };
}

describe("the early dataset: a large file's draw fields in one cheap pass", () => {
  it("reads a valid file exactly as the full check does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 1e6 }),
        shapes,
        fc.integer({ min: 1, max: 5 }),
        (count, seed, shape, every) => {
          const raw = decorated(generated(count, seed, shape), every);
          expect(earlyDataset(raw)).toStrictEqual(validateDataset(raw, "log.json"));
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);

  it("reads the bundled dataset as the full check does, or leaves it to that check", () => {
    const raw = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8")) as Raw;
    const early = earlyDataset(raw);
    if (early) expect(early).toStrictEqual(validateDataset(raw, "timeline.json"));
  });

  it("gives up, for the full check to explain, on any event whose draw fields do not hold", () => {
    const breaks: ((event: RawEvent, other: RawEvent) => RawEvent)[] = [
      ({ id: _, ...rest }) => rest,
      (event, other) => ({ ...event, id: other.id }),
      (event) => ({ ...event, id: "has a space" }),
      (event) => ({ ...event, id: 7 }),
      (event) => ({ ...event, date: "2024-13" }),
      (event) => ({ ...event, date: "2023-02-29" }),
      (event) => ({ ...event, date: 2024 }),
      (event) => ({ ...event, end: "soon" }),
      (event) => ({ ...event, title: "  " }),
      (event) => ({ ...event, title: ["a title"] }),
      (event) => ({ ...event, category: "weather" }),
      (event) => ({ ...event, actors: "Iran" }),
      (event) => ({ ...event, sources: [] }),
      (event) => ({ ...event, summary: { text: "not a summary" } }),
      (event) => ({ ...event, updates: [{ date: "2024-01-01", kind: "rumour", note: "x" }] }),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 1e6 }),
        shapes,
        fc.nat(),
        fc.nat(breaks.length - 1),
        (count, seed, shape, at, which) => {
          const raw = generated(count, seed, shape);
          const i = at % count;
          const events = raw.events.map((event, j) => (j === i ? breaks[which]!(event, raw.events[(i + 1) % count]!) : event));
          const broken = { ...raw, events };
          expect(earlyDataset(broken)).toBeNull();
          expect(() => validateDataset(broken, "log.json")).toThrow();
        },
      ),
      { numRuns: 120 },
    );
  }, 30_000);

  it("leaves to the full check what drawing does not need: a cited source that does not exist", () => {
    const raw = generated(50, 3, "dense");
    const last = raw.events.at(-1)!;
    const broken = { ...raw, events: [...raw.events.slice(0, -1), { ...last, sources: [{ source: "no-such-source" }] }] };
    expect(earlyDataset(broken)?.events).toHaveLength(50);
    expect(() => validateDataset(broken, "log.json")).toThrow(
      expect.objectContaining({ details: ['events[49].sources[0].source: no source has the id "no-such-source"'] }),
    );
  });

  it("gives up on a file that is not a dataset, or whose head the schema refuses", () => {
    const raw = generated(5, 1, "spread");
    expect(earlyDataset(null)).toBeNull();
    expect(earlyDataset([raw])).toBeNull();
    expect(earlyDataset({ ...raw, events: [] })).toBeNull();
    expect(earlyDataset({ ...raw, version: 2 })).toBeNull();
    expect(earlyDataset({ ...raw, categories: [] })).toBeNull();
  });
});
