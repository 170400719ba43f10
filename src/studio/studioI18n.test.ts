import { describe, expect, it } from "vitest";
import { expectCatalogueLike } from "../../test-support/catalogues";
import { LANGUAGES } from "../lib/i18n/i18n";
import { ar } from "./i18n/messages.ar";
import { en } from "./i18n/messages.en";
import { fa } from "./i18n/messages.fa";
import { makeStudioI18n } from "./studioI18n";

describe("the studio's catalogues", () => {
  const catalogues = { en, ar, fa };
  for (const lang of LANGUAGES) {
    it(`${lang} has every key of the English catalogue, each translated, counted where English counts`, () => {
      expectCatalogueLike(lang, catalogues[lang], en);
    });
  }

  it("counts problems by each language's rules", () => {
    const problems = (lang: "en" | "ar" | "fa", counts: number[]) =>
      counts.map((count) => makeStudioI18n(lang).t("problemCount", { count }));
    const arDigits = (n: number) => new Intl.NumberFormat("ar", { useGrouping: false }).format(n);
    expect(problems("en", [1, 2])).toEqual(["1 problem", "2 problems"]);
    expect(problems("ar", [1, 2, 3, 11, 100])).toEqual([
      "مشكلة واحدة",
      "مشكلتان",
      `${arDigits(3)} مشكلات`,
      `${arDigits(11)} مشكلةً`,
      `${arDigits(100)} مشكلة`,
    ]);
    expect(problems("fa", [1, 2])).toEqual(["۱ مشکل", "۲ مشکل"]);
    expect(makeStudioI18n("en").t("exportProblems", { count: 1 })).toBe(
      "This timeline has 1 problem: the explorer will refuse it until it is fixed.",
    );
  });
});
