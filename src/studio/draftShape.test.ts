import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../dataset/datasetError";
import { checkDataset } from "../dataset/parse";
import { exportedDataset } from "./draftEdits";
import { overlongText, readForStudio, refuseOversize } from "./openFile";
import { toDraft } from "./draftShape";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("any file as a draft", () => {
  it("the files that blanked the studio open, each emptied field said by its path", () => {
    const { draft, notes } = toDraft(
      { version: 1, title: { a: 1 }, sources: "x", events: [null, { id: 3, title: "T", actors: "A" }] },
      "f.json",
    );
    expect(draft).toMatchObject({ title: "", sources: [], categories: [], events: [{ id: "", title: "T", actors: [] }] });
    expect(notes).toEqual([
      "title: an object where text belongs; left empty.",
      "sources: text where a list belongs; left empty.",
      "events[0]: null where an item belongs; left out.",
      "events[1].id: a number where text belongs; left empty.",
      "events[1].actors: text where a list of text belongs; left empty.",
    ]);
    expect(toDraft({ version: 1 }, "f.json").draft).toMatchObject({ title: "", categories: [], sources: [], events: [] });
    expect(() => toDraft([], "f.json")).toThrow(/f\.json is not a timeline.*this is a list/);
  });

  it("knows every field the schema states, read off it: one of the wrong kind is emptied to the schema's default and said", () => {
    const { draft, notes } = toDraft({ version: 1, refresh: "often", opening: 3, languages: [{ code: "en", reviewed: "yes" }] }, "f.json");
    expect(draft).toMatchObject({ refresh: 300, opening: "whole", languages: [{ code: "en", reviewed: false }] });
    expect(notes).toEqual([
      "refresh: text where a number belongs; left empty.",
      "opening: a number where text belongs; left empty.",
      "languages[0].reviewed: text where true or false belongs; left empty.",
    ]);
  });

  it("keeps fields it does not know, unless they nest too deep to carry", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    const { draft, notes } = toDraft({ version: 1, future: { a: [1] }, junk: deep }, "f.json");
    expect(draft).toMatchObject({ future: { a: [1] } });
    expect(draft).not.toHaveProperty("junk");
    expect(notes).toEqual(["junk: nested too deep to keep; left out."]);
  });

  it("whatever JSON a file holds, it opens or is refused with a DatasetError, and what opens exports and reads back", async () => {
    await fc.assert(
      // Any JSON, and objects that say they are timelines with anything in their fields.
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              version: fc.constant(1),
              title: fc.jsonValue(),
              categories: fc.jsonValue(),
              sources: fc.jsonValue(),
              events: fc.array(fc.jsonValue()),
            },
            { requiredKeys: ["version"] },
          ),
          fc.record({
            version: fc.constant(1),
            events: fc.array(
              fc.dictionary(fc.constantFrom("id", "title", "summary", "media", "sources", "actors", "translations"), fc.jsonValue()),
            ),
          }),
        ),
        async (value) => {
          const text = JSON.stringify(value) ?? "null";
          let opened;
          try {
            opened = await readForStudio(bytes(text), "f.json");
          } catch (error) {
            expect(error).toBeInstanceOf(DatasetError);
            return;
          }
          expect(() => checkDataset(opened.draft)).not.toThrow();
          const exported = JSON.stringify(exportedDataset(opened.draft, { withArticles: true }));
          const again = await readForStudio(bytes(exported), "f.json");
          expect(again.draft).toEqual(JSON.parse(exported));
        },
      ),
    );
  });

  it("keeps the languages, every item's translations with their basis, and a quote's language, as the file gives them", async () => {
    const file = {
      version: 1,
      title: "Iran and Syria",
      languages: [{ code: "en" }, { code: "ar", name: "العربية", translator: "The Arabic desk", method: "human", reviewed: true }],
      translations: { ar: { title: "إيران وسوريا", basis: { title: "0123456789abcdef" } } },
      categories: [{ id: "c", label: "Diplomacy", translations: { ar: { label: "دبلوماسية" } } }],
      sources: [
        {
          id: "s",
          outlet: null,
          title: null,
          published: null,
          summary: "A meeting.",
          translations: { ar: { summary: "لقاء." } },
          quotes: [{ id: "q", speaker: "A", text: "Strategic.", language: "en", translations: { ar: { text: "استراتيجية." } } }],
        },
      ],
      events: [
        {
          id: "e",
          date: "2024",
          title: "T",
          summary: [["P"]],
          category: "c",
          actors: ["A"],
          sources: [{ source: "s", quotes: ["q"] }],
          media: { url: "m.jpg", alt: "A", translations: { ar: { alt: "أ", caption: [["ت"]] } } },
          translations: { ar: { title: "ت", summary: [["ف"]], actors: ["أ"], basis: { title: "fedcba9876543210", actors: "00" } } },
        },
      ],
      periods: [{ id: "p", label: "L", start: "2024", end: null, sources: [{ source: "s" }], translations: { ar: { label: "ل" } } }],
    };
    const { draft, notes } = toDraft(structuredClone(file), "f.json");
    expect(notes).toEqual([]);
    expect(draft).toEqual(file);
    expect(checkDataset(draft).problems).toEqual([]);
    // Exported, and opened again: the same.
    const exported = JSON.stringify(exportedDataset(draft, { withArticles: false }));
    expect((await readForStudio(bytes(exported), "f.json")).draft).toEqual(JSON.parse(exported));
    expect(JSON.parse(exported)).toMatchObject({ languages: file.languages, translations: file.translations, events: file.events });
  });

  it("empties a language or translation of the wrong shape by its path, as any other field", () => {
    const { draft, notes } = toDraft(
      {
        version: 1,
        languages: [{ code: 7, reviewed: "yes" }],
        translations: "ar",
        events: [{ id: "e", translations: { ar: { title: 5, actors: "A", basis: { title: [] } }, fa: null } }],
      },
      "f.json",
    );
    expect(draft.languages).toEqual([{ code: "", reviewed: false }]);
    expect(draft.translations).toBeUndefined();
    expect(draft.events[0]!.translations).toEqual({ ar: { title: "", actors: [], basis: { title: "" } }, fa: {} });
    expect(notes).toEqual([
      "languages[0].code: a number where text belongs; left empty.",
      "languages[0].reviewed: text where true or false belongs; left empty.",
      "translations: text where an object belongs; left empty.",
      "events[0].translations.ar.title: a number where text belongs; left empty.",
      "events[0].translations.ar.actors: text where a list of text belongs; left empty.",
      "events[0].translations.ar.basis.title: a list where text belongs; left empty.",
      "events[0].translations.fa: null where an object belongs; left empty.",
    ]);
  });

  it("empties an event's notes for readers of the wrong shape by their path: the form lists them", () => {
    const { draft, notes } = toDraft(
      {
        version: 1,
        events: [
          { id: "a", updates: "corrected" },
          { id: "b", updates: [null, { date: 2024, kind: "update", note: ["x"], translations: { ar: { note: 1 } } }] },
        ],
      },
      "f.json",
    );
    expect(draft.events[0]!.updates).toEqual([]);
    expect(draft.events[1]!.updates).toEqual([{ date: "", kind: "update", note: "", translations: { ar: { note: "" } } }]);
    expect(notes).toEqual([
      "events[0].updates: text where a list belongs; left empty.",
      "events[1].updates[0]: null where an item belongs; left out.",
      "events[1].updates[1].date: a number where text belongs; left empty.",
      "events[1].updates[1].note: a list where text belongs; left empty.",
      "events[1].updates[1].translations.ar.note: a number where text belongs; left empty.",
    ]);
  });

  it("a TimelineJS file opens in its one language: named where its script says it, never translated", async () => {
    for (const [name, languages] of [
      ["persian-arabic-ancient.json", [{ code: "fa" }]],
      ["cdil-demo-timeline.csv", []],
    ] as const) {
      const text = readFileSync(new URL(`../../e2e/fixtures/timelinejs-corpus/${name}`, import.meta.url));
      const { draft } = await readForStudio(new Uint8Array(text), name);
      expect(draft.events.length).toBeGreaterThan(0);
      expect((draft.languages ?? []).map(({ code }) => ({ code }))).toEqual(languages);
      expect(JSON.stringify(exportedDataset(draft, { withArticles: false }))).not.toMatch(/"translations"/);
    }
  });

  it("says which keys a file gives twice, and refuses UTF-16, pictures and files past its limits by name", async () => {
    const opened = await readForStudio(bytes('{"version":1,"title":"A","title":"B","events":[]}'), "f.json");
    expect(opened.draft.title).toBe("B");
    expect(opened.notes).toContain("title: given twice in the file; the last value is kept.");
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."{}"].flatMap((c) => [c.charCodeAt(0), 0])]);
    await expect(readForStudio(utf16, "u.json")).rejects.toThrow("u.json is UTF-16 text");
    await expect(readForStudio(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "p.json")).rejects.toThrow("looks like a PNG image");
    await expect(readForStudio(new Uint8Array(20_000_001), "big.json")).rejects.toThrow(
      "big.json is 20.0 MB: the studio opens files up to 20.0 MB",
    );
    const many = JSON.stringify({ version: 1, events: Array.from({ length: 20_001 }, () => ({})) });
    await expect(readForStudio(bytes(many), "many.json")).rejects.toThrow(
      "holds 20,001 events: the studio edits timelines of up to 20,000",
    );
    expect(() => refuseOversize(71_000_000, "million.json")).toThrow("million.json is 71.0 MB: the studio opens files up to 20.0 MB");
    expect(() => refuseOversize(20_000_000, "largest.json")).not.toThrow();
  });

  it("refuses a file with a text of one field past its limit, naming the field, its length and the limit", async () => {
    const file = (summary: string) =>
      bytes(
        JSON.stringify({
          version: 1,
          title: "T",
          events: [
            { id: "a", title: "A" },
            { id: "b", title: "B", summary },
          ],
        }),
      );
    await expect(readForStudio(file("w".repeat(100_001)), "long.json")).rejects.toThrow(
      "long.json: events[1].summary holds 100,001 characters: the studio edits texts of up to 100,000 characters a field",
    );
    await expect(readForStudio(file("w".repeat(100_000)), "long.json")).resolves.toMatchObject({ draft: { title: "T" } });
    expect(overlongText({ a: [{ b: "xx" }, { c: { d: "xxx" } }], e: "x" }, 2)).toEqual({ path: "a[1].c.d", length: 3 });
    expect(overlongText({ a: ["xx", 3, null, true] }, 2)).toBeNull();
  });
});
