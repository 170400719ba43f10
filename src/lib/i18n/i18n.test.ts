import { describe, expect, it } from "vitest";
import { CATALOGUES, directionOf, LANGUAGES, localizeDigits, resolveLanguage, translator } from "./i18n";
import { en } from "./messages.en";

describe("catalogues", () => {
  for (const lang of LANGUAGES) {
    it(`${lang} has every key of the English catalogue, each translated and with the same placeholders`, () => {
      const catalogue = CATALOGUES[lang] as Record<string, string>;
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const text = catalogue[key]!;
        expect(text.trim(), key).not.toBe("");
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(text), key).toEqual(placeholders(english));
        if (lang !== "en" && key !== "copyBlocked") expect(text, `${lang}.${key} is still English`).not.toBe(english);
      }
    });
  }
});

describe("resolveLanguage", () => {
  it("prefers ?lang=, then the browser's languages, then English", () => {
    expect(resolveLanguage("fa", ["en-US"])).toBe("fa");
    expect(resolveLanguage(null, ["de-DE", "ar-SY", "en"])).toBe("ar");
    expect(resolveLanguage("xx", ["fa-IR"])).toBe("fa");
    expect(resolveLanguage(null, ["de"])).toBe("en");
  });

  it("lays Arabic and Persian out right to left", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("fa")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
  });
});

describe("translator", () => {
  it("fills placeholders, with the language's digits for numbers", () => {
    expect(translator("en")("matchCount", { matching: 3, total: 8 })).toBe("Matching events: 3 of 8.");
    expect(translator("fa")("matchCount", { matching: 3, total: 8 })).toBe("رویدادهای منطبق: ۳ از ۸.");
    // Arabic uses whatever digits the platform's Arabic locale uses (Western ones, in current CLDR).
    expect(translator("ar")("listHeading", { count: 12 })).toBe(
      `الأحداث (${new Intl.NumberFormat("ar", { useGrouping: false }).format(12)})`,
    );
  });

  it("leaves text values (titles, ids) as given", () => {
    expect(translator("fa")("unknownEvent", { id: "abc-123" })).toContain("«abc-123»");
  });

  it("converts digits", () => {
    expect(localizeDigits("30 May 2024", "fa")).toBe("۳۰ May ۲۰۲۴");
    expect(localizeDigits("2024", "en")).toBe("2024");
  });
});
