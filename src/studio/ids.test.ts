import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ID_PATTERN, MAX_ID_BYTES, utf8Length } from "../lib/ids";
import { eventIdBase, exportFileName, slug, uniqueId } from "./ids";

describe("ids", () => {
  it("reads like the bundled dataset's", () => {
    expect(eventIdBase("2024-05-30", "Assad visits Tehran")).toBe("2024-05-30-assad-visits-tehran");
    expect(eventIdBase("-0500", "Darius rules")).toBe("bce-0500-darius-rules");
    expect(slug("Café à Téhéran: l’été")).toBe("cafe-a-teheran-l-ete");
  });

  it("keeps the letters of every script", () => {
    expect(eventIdBase("2024-05-30", "دیدار در تهران")).toBe("2024-05-30-دیدار-در-تهران");
    expect(slug("Встреча в Дамаске")).toBe("встреча-в-дамаске");
    expect(slug("習近平會見")).toBe("習近平會見");
    expect(slug("नमस्ते दुनिया")).toBe("नमस्ते-दुनिया");
  });

  it("falls back where a title has no letters at all", () => {
    expect(eventIdBase("", "—!?")).toBe("event");
    expect(uniqueId(slug("…"), new Set(), "source")).toBe("source");
  });

  it("is unique among its kind", () => {
    const taken = new Set(["a", "a-2"]);
    expect(uniqueId("a", taken)).toBe("a-3");
    expect(uniqueId("b", taken)).toBe("b");
  });

  it("is always a valid id, unique, for any title and date", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.string({ unit: "binary" }),
        fc.array(fc.string({ maxLength: 12 })),
        (date, title, others) => {
          const taken = new Set(others);
          const id = uniqueId(eventIdBase(date, title), taken, "event");
          expect(id).toMatch(ID_PATTERN);
          expect(id.length).toBeLessThanOrEqual(200);
          expect(utf8Length(id)).toBeLessThanOrEqual(MAX_ID_BYTES);
          expect(taken.has(id)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("export file names", () => {
  it("are the title's slug, at most 80 characters before .json, cut at a word where one ends", () => {
    expect(exportFileName("Iran–Syria relations, 2020–2024")).toBe("iran-syria-relations-2020-2024.json");
    expect(exportFileName("x".repeat(300))).toBe(`${"x".repeat(80)}.json`);
    expect(exportFileName("")).toBe("timeline.json");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (title) => {
        const name = exportFileName(title);
        expect([...name.slice(0, -".json".length)].length).toBeLessThanOrEqual(80);
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
        expect(name).toMatch(/\.json$/);
      }),
    );
  });
});
