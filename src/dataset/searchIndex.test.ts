import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildIndex } from "./datasetIndex";
import { parseDataset } from "./readDatasetNow";
import { highlightParts, normalize, queryTerms } from "../lib/textMatch";
import { buildSearchIndex, search, type EventFilter } from "./searchIndex";

const index = buildIndex(parseDataset(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"), "timeline.json"));
/** The events passing a filter, in date order, as the index's own search gives them. */
const filterEvents = (filter: EventFilter) =>
  Array.from(search(buildSearchIndex(index.events, index.sourceById), filter).positions, (i) => index.events[i]!.id);
const ids = (query: string, categories: string[] | null = null) => filterEvents({ query, categories });

describe("normalize and queryTerms", () => {
  it("folds case and diacritics", () => {
    expect(normalize("Raïsi ÉMIRATS")).toBe("raisi emirats");
    expect(queryTerms("  Assad   Téhéran ")).toEqual(["assad", "teheran"]);
    expect(queryTerms("   ")).toEqual([]);
  });
});

describe("search", () => {
  it("gives the matches' positions in date order, and the counts per category under the query alone", () => {
    const searchIndex = buildSearchIndex(index.events, index.sourceById);
    const all = search(searchIndex, { query: "Tehran", categories: null });
    const matching = index.events.filter((_, i) => all.positions.includes(i));
    expect(matching.map((e) => e.id)).toEqual(ids("Tehran"));
    expect([...all.positions]).toEqual([...all.positions].sort((a, b) => a - b));
    const category = index.events[all.positions[0]!]!.category;
    const narrowed = search(searchIndex, { query: "Tehran", categories: [category] });
    expect(narrowed.positions.length).toBeLessThan(all.positions.length);
    expect([...narrowed.positions].every((i) => index.events[i]!.category === category)).toBe(true);
    // The counts are the query's, whatever the category filter: each toggle shows what it would add.
    expect(narrowed.counts).toEqual(all.counts);
    expect([...all.counts.values()].reduce((a, b) => a + b, 0)).toBe(all.positions.length);
  });

  it("works from plain data that survives a structured clone (the worker sends it nothing else)", () => {
    const cloned = structuredClone(buildSearchIndex(index.events, index.sourceById));
    expect(search(cloned, { query: "Soleimani", categories: null }).positions.length).toBe(ids("Soleimani").length);
  });
});

describe("the index's search", () => {
  it("returns every event, in date order, with no query and no filter", async () => {
    const { positions } = await index.search({ query: "", categories: null });
    expect([...positions]).toEqual(index.events.map((_, i) => i));
  });

  it("finds a person's name in titles, summaries and actors", () => {
    expect(ids("Soleimani")).toContain("2020-01-03-soleimani-killed");
    expect(ids("Sabbagh")).toEqual(["2024-11-20-pezeshkian-meets-sabbagh"]);
  });

  it("finds events by an alias spelling, case- and diacritic-insensitively", () => {
    expect(ids("raeisi")).toContain("2021-08-raisi-takes-office");
    expect(ids("RAËISI")).toContain("2021-08-raisi-takes-office");
  });

  it("searches the quotes an event cites", () => {
    expect(ids("cost of compromise")).toEqual(["2024-05-30-assad-visits-tehran"]);
  });

  it("needs every term to match", () => {
    expect(ids("Assad Tehran").length).toBeGreaterThan(0);
    expect(ids("Assad zzzz")).toEqual([]);
  });

  it("filters by category, alone or with a query", () => {
    const security = ids("", ["security"]);
    expect(security.length).toBeGreaterThan(0);
    expect(security.every((id) => index.eventById.get(id)!.category === "security")).toBe(true);
    expect(ids("Baghdad", ["diplomacy"])).toEqual([]);
    expect(ids("Baghdad", ["security"])).toEqual(["2020-01-03-soleimani-killed"]);
  });
});

describe("highlightParts", () => {
  it("marks matches in the original text, whatever their accents or case", () => {
    expect(highlightParts("Raïsi met RAISI", ["raisi"])).toEqual([
      { text: "Raïsi", match: true },
      { text: " met ", match: false },
      { text: "RAISI", match: true },
    ]);
  });

  it("returns the text whole when nothing matches", () => {
    expect(highlightParts("Tehran", ["damascus"])).toEqual([{ text: "Tehran", match: false }]);
    expect(highlightParts("Tehran", [])).toEqual([{ text: "Tehran", match: false }]);
  });
});

describe("search in every language the dataset holds", () => {
  const translated = buildIndex(
    parseDataset(
      JSON.stringify({
        version: 1,
        title: "T",
        languages: [{ code: "en" }, { code: "ar" }, { code: "fa" }],
        categories: [{ id: "c", label: "C" }],
        sources: [
          {
            id: "s",
            outlet: null,
            title: null,
            published: null,
            summary: "S",
            quotes: [{ id: "q", speaker: "A", text: "We met.", translations: { fa: { text: "ما دیدار کردیم." } } }],
          },
        ],
        events: [
          {
            id: "assad",
            date: "2024-05-30",
            title: "Assad meets Khamenei",
            category: "c",
            sources: [{ source: "s", quotes: ["q"] }],
            translations: {
              ar: { title: "الأسد يلتقي خامنئي", summary: [["في ", { text: "طهران", href: "https://example.org/" }]] },
              fa: { title: "دیدار اسد و خامنه‌ای", place: "تهران", actors: ["مسعود پزشکیان"] },
            },
          },
          { id: "other", date: "2024-06-01", title: "Something else", category: "c", sources: [{ source: "s" }] },
        ],
      }),
      "t.json",
    ),
  );
  const found = (query: string) =>
    Array.from(
      search(buildSearchIndex(translated.events, translated.sourceById), { query, categories: null }).positions,
      (i) => translated.events[i]!.id,
    );

  it("finds an Arabic title from a spelling without hamza", () => {
    expect(found("الاسد")).toEqual(["assad"]);
    expect(found("طهران")).toEqual(["assad"]);
  });

  it("finds a Persian word typed with Arabic yaa and kaf", () => {
    expect(found("پزشكيان")).toEqual(["assad"]);
    expect(found("ديدار")).toEqual(["assad"]);
    expect(found("خامنه‌اي")).toEqual(["assad"]);
  });

  it("still finds the original, and a quote's translation", () => {
    expect(found("Khamenei")).toEqual(["assad"]);
    expect(found("کردیم")).toEqual(["assad"]);
  });
});
