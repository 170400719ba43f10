import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../test-support/generateDataset.mjs";
import { earlyDataset } from "./earlyDataset";
import { validateDataset } from "./parse";
import { datasetSchema } from "./schema";
import { fieldsOf, type Shape } from "./schemaShape";

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

  describe("knows every field the schema gives an event, so that the two cannot drift apart", () => {
    const events = fieldsOf(datasetSchema).events!;
    const fields = events.kind === "list" && events.items.kind === "object" ? events.items.fields : {};
    // Media is left to the full check (a file with it waits); the others a generated event carries.
    const written = ["id", "date", "title", "summary", "category", "place", "actors", "aliases", "sources", "media", "end"];
    const unwritten = Object.keys(fields).filter((field) => !written.includes(field));

    /** A value of the field's type the schema takes (its rules on values met by a few known texts). */
    function sample(shape: Shape, field: string): unknown {
      switch (shape.kind) {
        case "text":
          return shape.values?.[0] ?? (shape.parsed ? "2024-03" : /published|date/i.test(field) ? "2024-05-01" : "Some text");
        case "number":
          return shape.values?.[0] ?? 1;
        case "boolean":
          return true;
        case "rich":
          return [["See ", { text: "the report", href: "https://news.example/a" }]];
        case "list":
          return [sample(shape.items, field)];
        case "record":
          return { ar: sample(shape.values, field) };
        case "object":
          return Object.fromEntries(Object.entries(shape.fields).map(([key, inner]) => [key, sample(inner, key)]));
      }
    }
    /** A value of another type than the field's. */
    const wrong = (shape: Shape) => (shape.kind === "text" || shape.kind === "rich" ? 42 : "not of its type");

    it.each(unwritten)("%s, written, is read as the full check reads it", (field) => {
      const raw = generated(3, 1, "spread");
      const withField = {
        ...raw,
        languages: [{ code: "en" }, { code: "ar" }],
        events: raw.events.map((event, i) => (i === 1 ? { ...event, [field]: sample(fields[field]!, field) } : event)),
      };
      const checked = validateDataset(withField, "log.json");
      expect(checked.events[1]![field as keyof (typeof checked.events)[number]]).toBeDefined();
      expect(earlyDataset(withField)).toStrictEqual(checked);
    });

    it.each(Object.keys(fields).filter((field) => field !== "media"))("%s, of another type, is refused by both", (field) => {
      const raw = generated(3, 1, "spread");
      const broken = { ...raw, events: raw.events.map((event, i) => (i === 1 ? { ...event, [field]: wrong(fields[field]!) } : event)) };
      expect(() => validateDataset(broken, "log.json")).toThrow();
      expect(earlyDataset(broken)).toBeNull();
    });
  });
});
