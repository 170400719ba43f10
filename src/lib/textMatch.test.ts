import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightParts, normalize, queryTerms } from "./textMatch";

/** Arabic and Persian letters, marks, tatweel, digits and the joiners, with Latin among them. */
const arabicChar = fc.constantFrom(
  ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإٱؤئةىیکگپچژۀە",
  ..."\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640\u200C ",
  ..."٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
  ..."aZé ",
);
const mixedText = fc.array(arabicChar, { maxLength: 30 }).map((chars) => chars.join(""));
const anyText = fc.oneof(mixedText, fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }));

/** The spellings a reader may type for one another. */
const VARIANTS = [
  ["أ", "إ", "آ", "ٱ", "ا"],
  ["ة", "ه"],
  ["ى", "ي", "ی"],
  ["ک", "ك"],
];

describe("normalize", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalize(normalize(text))).toBe(normalize(text));
      }),
    );
  });

  it("maps each Arabic and Persian variant to one spelling, wherever it stands", () => {
    fc.assert(
      fc.property(mixedText, mixedText, fc.constantFrom(...VARIANTS), (before, after, forms) => {
        const spelt = new Set(forms.map((form) => normalize(before + form + after)));
        expect(spelt.size).toBe(1);
      }),
    );
  });

  it("ignores harakat, the superscript alef, tatweel and the zero-width non-joiner", () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom(..."\u064B\u064E\u064F\u0650\u0651\u0652\u0670\u0640\u200C"), fc.nat(30), (text, mark, at) => {
        const i = Math.min(at, text.length);
        expect(normalize(text.slice(0, i) + mark + text.slice(i))).toBe(normalize(text));
      }),
    );
  });

  it("leaves lower-case unaccented Latin text as it is", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9 .,'-]*$/), (text) => {
        expect(normalize(text)).toBe(text);
      }),
    );
  });

  it("is the concatenation of its characters' foldings (so a match can be marked in the original)", () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(normalize(text)).toBe([...text].map(normalize).join(""));
      }),
    );
  });

  it("finds the usual spellings of one another", () => {
    expect(normalize("الأسد")).toBe(normalize("الاسد"));
    expect(normalize("إيران")).toBe(normalize("ايران"));
    expect(normalize("ایران")).toBe(normalize("ايران"));
    expect(normalize("کشور")).toBe(normalize("كشور"));
    expect(normalize("سوريا")).not.toBe(normalize("سوريه"));
    expect(normalize("دمشقـ")).toBe(normalize("دمشق"));
    expect(normalize("مُحَمَّد")).toBe(normalize("محمد"));
    expect(normalize("۲۰۲۴")).toBe("2024");
    expect(normalize("٢٠٢٤")).toBe("2024");
    expect(normalize("Raïsi ÉMIRATS")).toBe("raisi emirats");
    expect(queryTerms("  الأسد   طهران ")).toEqual([normalize("الاسد"), normalize("طهران")]);
  });
});

describe("highlightParts", () => {
  it("marks a match in the text as written, whatever spelling found it", () => {
    const parts = highlightParts("لقاء الأسد وخامنئي", queryTerms("الاسد"));
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["الأسد"]);
    expect(parts.map((p) => p.text).join("")).toBe("لقاء الأسد وخامنئي");
  });
});
