import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { languageOfScript } from "./scriptLanguage";

describe("languageOfScript", () => {
  it.each([
    [["מלחמת העצמאות", "הכרזת המדינה"], "he"],
    [["دیدار در تهران", "سفر به دمشق"], "fa"],
    [["زيارة إلى دمشق", "الاجتماع في القاهرة"], "ar"],
    [["پاکستان کی تاریخ", "لاہور میں ایک دن"], "ur"],
    [["Расследование в Москве", "Суд"], "ru"],
    [["Історія Києва", "Її слова"], "uk"],
    [["我的回忆", "北京大学"], "zh"],
    [["東京での一日", "会議に出席する"], "ja"],
    [["서울의 하루"], "ko"],
    [["Ιστορία της Αθήνας"], "el"],
  ])("%j is in %s", (texts, lang) => {
    expect(languageOfScript(texts)).toBe(lang);
  });

  it("says nothing of Latin, of texts without letters, or of scripts none of which holds most letters", () => {
    expect(languageOfScript(["The Hundred Years' War", "Şihabeddin"])).toBeNull();
    expect(languageOfScript(["1969", "—", ""])).toBeNull();
    expect(languageOfScript([])).toBeNull();
    expect(languageOfScript(["Moscow Москва"])).toBeNull();
  });

  it("keeps Arabic Arabic where one borrowed Persian name is in it", () => {
    expect(languageOfScript(["زيارة الرئيس إلى طهران ولقاء مع المسؤولين في القاهرة", "پ"])).toBe("ar");
  });

  it("answers the script's language whatever Latin, digits and punctuation are mixed into a minority", () => {
    fc.assert(
      fc.property(fc.constantFrom("שלום עולם", "北京大学", "서울의 하루"), fc.string({ maxLength: 3 }), (text, noise) => {
        expect(languageOfScript([`${text} ${noise}`])).toBe(languageOfScript([text]));
      }),
    );
  });
});
