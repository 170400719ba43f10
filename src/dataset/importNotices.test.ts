import { describe, expect, it } from "vitest";
import "../lib/i18n/allLanguages";
import { translator } from "../lib/i18n/i18n";
import { importNoticeText, inEnglish, type ImportNotice } from "./importNotices";
import { readDatasetNow } from "./readDatasetNow";

const NOTICES: ImportNotice[] = [
  { code: "skipped", count: 7, places: ["a", "b", "c", "d", "e", "f"] },
  { code: "titlesDemoted", count: 1, places: ["s.csv, row 4"] },
  { code: "mediaDropped", count: 2, places: ["x", "y"] },
  { code: "idsChanged", count: 2, places: ["x", "y"] },
  { code: "mediaLinked", count: 3 },
  { code: "notRead", fields: [["location", 2]] },
  { code: "language", language: "he" },
];

describe("an import's notices", () => {
  it("are keyed messages beside the dataset, said in the reader's language", () => {
    const persian = JSON.stringify({
      events: [{ start_date: { year: 1979 }, text: { headline: "دیدار در تهران" } }, { text: { headline: "سفر به دمشق" } }],
    });
    const { dataset, notices } = readDatasetNow(persian, "fa.json");
    expect(dataset.notes).toEqual([]);
    expect(notices.map((notice) => notice.code)).toEqual(["skipped", "language"]);
    const [skipped, language] = notices.map((notice) => importNoticeText(notice, translator("fa"), "fa"));
    expect(skipped).toContain("اسلاید");
    expect(skipped).toContain("۱"); // its count in Persian digits
    expect(language).toMatch(/فارسی.*\(fa\)/);
    expect(importNoticeText(notices[1]!, translator("ar"), "ar")).toMatch(/الفارسية.*\(fa\)/);
  });

  it("have an Arabic and a Persian sentence for every code, none of them English", () => {
    for (const lang of ["ar", "fa"] as const) {
      const t = translator(lang);
      for (const notice of NOTICES) {
        const text = importNoticeText(notice, t, lang);
        const english = importNoticeText(notice, translator("en"), "en");
        expect(text, notice.code).not.toBe(english);
        // Only the file's own words (places, field names) and TimelineJS's name in Latin letters.
        expect(text.replace(/\u2068[^\u2069]*\u2069|TimelineJS|unique_id|http\(s\)/g, ""), notice.code).not.toMatch(/[A-Za-z]{3}/);
      }
    }
  });

  it("name five places at most, the file's words isolated from the sentence", () => {
    const [skipped] = inEnglish(NOTICES);
    expect(skipped).toBe(
      "7 slides without a start date were left out, as TimelineJS leaves them out (\u2068a\u2069; \u2068b\u2069; \u2068c\u2069; \u2068d\u2069; \u2068e\u2069; …).",
    );
  });
});
