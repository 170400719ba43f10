import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventIdBase, slug, uniqueId } from "./ids";

const VALID = /^[A-Za-z0-9_][A-Za-z0-9._~-]*$/;

describe("ids", () => {
  it("reads like the bundled dataset's", () => {
    expect(eventIdBase("2024-05-30", "Assad visits Tehran")).toBe("2024-05-30-assad-visits-tehran");
    expect(eventIdBase("-0500", "Darius rules")).toBe("bce-0500-darius-rules");
    expect(slug("Café à Téhéran: l’été")).toBe("cafe-a-teheran-l-ete");
  });

  it("falls back where a title has no Latin letters", () => {
    expect(eventIdBase("", "دمشق")).toBe("event");
    expect(uniqueId(slug("دمشق"), new Set(), "source")).toBe("source");
  });

  it("is unique among its kind", () => {
    const taken = new Set(["a", "a-2"]);
    expect(uniqueId("a", taken)).toBe("a-3");
    expect(uniqueId("b", taken)).toBe("b");
  });

  it("is always a valid id, unique, for any title and date", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string({ maxLength: 12 })), (date, title, others) => {
        const taken = new Set(others);
        const id = uniqueId(eventIdBase(date, title), taken, "event");
        expect(id).toMatch(VALID);
        expect(id.length).toBeLessThanOrEqual(200);
        expect(taken.has(id)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
