import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./allLanguages";
import { directionOf, LANGUAGE_NAMES, LANGUAGES, localizeDigits, pluralCategory, resolveLanguage, translator } from "./i18n";
import { expectCatalogueLike } from "../../../test-support/catalogues";
import { en } from "./messages.en";

describe("catalogues", () => {
  for (const lang of LANGUAGES) {
    it(`${lang} has every key of the English catalogue, each translated and with the same placeholders`, () => {
      expectCatalogueLike(lang, CATALOGUES[lang], en, ["copyBlocked"]);
    });
  }
});

describe("language names", () => {
  it("name each language as its catalogue does, known before its messages are loaded", () => {
    for (const lang of LANGUAGES) expect(LANGUAGE_NAMES[lang]).toBe(CATALOGUES[lang].languageName);
  });
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
    expect(translator("en")("matchCount", { count: 3, total: 8 })).toBe("3 matching events of 8.");
    expect(translator("fa")("matchCount", { count: 3, total: 8 })).toBe("۳ رویداد منطبق از ۸.");
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

describe("counts", () => {
  // Arabic's six categories: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100–102 other (and
  // again by the last two digits: 103 few, 111 many).
  const counts = [0, 1, 2, 3, 11, 100, 101];
  const arDigits = (n: number) => new Intl.NumberFormat("ar", { useGrouping: false }).format(n);

  it("English: one event, every other count events", () => {
    const t = translator("en");
    expect(counts.map((count) => t("crowdLabel", { count }))).toEqual([
      "0 events",
      "1 event",
      "2 events",
      "3 events",
      "11 events",
      "100 events",
      "101 events",
    ]);
    expect(t("matchCount", { count: 1, total: 7 })).toBe("1 matching event of 7.");
    expect(t("loadingEvents", { read: 0, count: 1 })).toBe("0 of 1 event read");
  });

  it("Arabic: a form for each of its six categories, the noun agreeing with the number", () => {
    expect(counts.map((n) => pluralCategory(n, "ar"))).toEqual(["zero", "one", "two", "few", "many", "other", "other"]);
    const t = translator("ar");
    expect(counts.map((count) => t("crowdLabel", { count }))).toEqual([
      "لا أحداث",
      "حدث واحد",
      "حدثان",
      `${arDigits(3)} أحداث`,
      `${arDigits(11)} حدثًا`,
      `${arDigits(100)} حدث`,
      `${arDigits(101)} حدث`,
    ]);
    expect(t("crowdLabel", { count: 103 })).toBe(`${arDigits(103)} أحداث`);
    expect(t("crowdLabel", { count: 111 })).toBe(`${arDigits(111)} حدثًا`);
    expect(t("matchCount", { count: 1, total: 7 })).toBe(`حدث واحد مطابق من ${arDigits(7)}.`);
    expect(t("matchCount", { count: 2, total: 7 })).toBe(`حدثان مطابقان من ${arDigits(7)}.`);
  });

  it("Persian: the noun stays singular after a number; Persian digits", () => {
    expect(counts.map((n) => pluralCategory(n, "fa"))).toEqual(["one", "one", "other", "other", "other", "other", "other"]);
    const t = translator("fa");
    expect(counts.map((count) => t("crowdLabel", { count }))).toEqual([
      "۰ رویداد",
      "۱ رویداد",
      "۲ رویداد",
      "۳ رویداد",
      "۱۱ رویداد",
      "۱۰۰ رویداد",
      "۱۰۱ رویداد",
    ]);
    expect(t("crowdList", { count: 2, date: "۳۰ مه ۲۰۲۴" })).toBe("۲ رویداد در ۳۰ مه ۲۰۲۴");
  });

  it("a counted message given no count takes its general form", () => {
    expect(translator("en")("crowdLabel")).toBe("{count} events");
  });
});
