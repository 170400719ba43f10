import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../test-support/generateDataset.mjs";
import { validateDataset } from "./parse";
import { parseDataset } from "./readDatasetNow";
import { readSlice, writeSlice } from "./eventSlices";

const bundled = parseDataset(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"), "timeline.json");

describe("event slices (worker to page)", () => {
  it("bring every event back as it was: dates as dates, paragraphs with their links", () => {
    const withLinks = {
      ...bundled.events[0]!,
      id: "linked",
      end: bundled.events[1]!.date,
      paragraphs: [["See ", { text: "the report", href: "https://news.example/a" }], ["Second."]],
    };
    const events = [...bundled.events, withLinks];
    const back = readSlice(writeSlice(events));
    expect(back).toEqual(events);
    expect(back[0]!.date.start).toBeInstanceOf(Date);
  });

  it("bring back every field, at its default or not, in the schema's order", () => {
    const fields = fc.record({
      end: fc.constantFrom(null, "2024-12-31"),
      displayDate: fc.constantFrom(undefined, null, "Around then"),
      summary: fc.constantFrom(
        undefined,
        null,
        "Plain.",
        [["See ", { text: "this", href: "https://news.example/a" }]],
        [["One."], ["Two."]],
      ),
      place: fc.constantFrom(undefined, null, "Tehran"),
      actors: fc.constantFrom(undefined, [], ["Iran"]),
      aliases: fc.constantFrom(undefined, [], ["Raeisi"]),
      formerIds: fc.constantFrom(undefined, [], ["old-1"]),
      published: fc.constantFrom(undefined, null, "2024-05-01T10:00:00Z"),
      updates: fc.constantFrom(undefined, [], [{ date: "2024-06-01", kind: "update", note: "Added a source." }]),
      media: fc.constantFrom(undefined, null, { url: "https://news.example/a.jpg", caption: "A caption" }),
      translations: fc.constantFrom(undefined, { ar: { title: "عنوان" } }),
    });
    fc.assert(
      fc.property(fc.array(fields, { minLength: 1, maxLength: 8 }), (decorations) => {
        const raw = generateDataset(decorations.length, 5, "dense") as { events: object[] };
        // As a file holds them: a field left undefined is absent.
        const events = raw.events.map(
          (event, i) => JSON.parse(JSON.stringify({ ...event, date: "2024-01-01", ...decorations[i] })) as object,
        );
        const dataset = validateDataset({ ...raw, languages: [{ code: "en" }, { code: "ar" }], events }, "x.json");
        const back = readSlice(writeSlice(dataset.events));
        expect(back).toStrictEqual(dataset.events);
        back.forEach((event, i) => {
          expect(Object.keys(event)).toEqual(Object.keys(dataset.events[i]!));
        });
      }),
    );
  });

  it("leave out every field at its default: a large log's slices are mostly defaults", () => {
    const log = validateDataset(generateDataset(50, 9, "dense"), "log.json");
    const json = writeSlice(log.events);
    expect(json).not.toMatch(/"(end|displayDate|place|actors|aliases|media|formerIds|published|updates|paragraphs)":(null|\[\])/);
    expect(readSlice(json)).toStrictEqual(log.events);
  });
});
