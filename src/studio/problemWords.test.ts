import { describe, expect, it } from "vitest";
import { checkDataset } from "../dataset/parse";
import { parsePartialDate } from "../lib/dates";
import { blankDataset } from "./draftEdits";
import { problemWhat, problemWhere } from "./problemWords";
import { makeStudioI18n } from "./studioI18n";

const draft = {
  ...blankDataset(),
  title: "Talks",
  sources: [{ id: "s", outlet: "Al-Example", title: null, published: null, summary: "", quotes: [{ id: "q", speaker: "", text: "x" }] }],
  events: [
    { id: "a", date: "2024-03-03", title: "One", summary: "x", category: "general", sources: [{ source: "s" }] },
    { id: "b", date: "", title: "Ministers meet", summary: "x", category: "general", sources: [{ source: "gone" }] },
  ],
};

describe("problems in words", () => {
  const { t } = makeStudioI18n("en");
  const problems = checkDataset(draft).problems;
  const said = problems.map((p) => `${problemWhere(p.path, draft, t)}: ${problemWhat(p, t).text}`);

  it("name the item and the field, in the reporter's words", () => {
    expect(said).toContain(
      "Event 2, “Ministers meet”: Date must be a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; a negative year before the common era (-0500); a year alone in deep time (-13800000000)",
    );
    expect(said).toContain("Source 1, “Al-Example”: What the article reports is missing");
    expect(said).toContain("Source 1, “Al-Example”: Quote 1, Speaker is missing");
  });

  it("in Arabic and Persian too, and every rule of the schema has words of its own", () => {
    for (const lang of ["ar", "fa"] as const) {
      const { t: translate } = makeStudioI18n(lang);
      const text = problems.map((p) => problemWhat(p, translate));
      expect(text.every((p) => !p.english)).toBe(true);
      expect(problemWhere("events[1].date", draft, translate)).toMatch(
        lang === "ar" ? /^الحدث 2، «Ministers meet»$/ : /^رویداد ۲، «Ministers meet»$/,
      );
    }
  });

  it("a translation's problem names the field with its language", () => {
    const translated = { ...draft, languages: [{ code: "en" }, { code: "ar" }], translations: { ar: { title: " " } } };
    const [problem] = checkDataset(translated).problems.filter((p) => p.path.includes("translations"));
    expect(problem!.path).toBe("translations.ar.title");
    expect(problemWhat(problem!, t).text).toBe("Title in ar is missing");
  });

  it("a note for readers' problem names the note and its field, in the three languages", () => {
    const noted = {
      ...draft,
      events: [
        {
          ...draft.events[0]!,
          updates: [
            { date: "2024-06-02", kind: "update" as const, note: "Added a source." },
            { date: "2024-06-01", kind: "correction" as const, note: " " },
            { date: "2024-6-3", kind: "update" as const, note: "x" },
          ],
        },
      ],
    };
    const found = checkDataset(noted).problems.filter((p) => p.path.includes("updates"));
    expect(found.map((p) => `${p.path}: ${problemWhat(p, t).text}`)).toEqual([
      "events[0].updates[1].note: Note 2, Note for readers is missing",
      "events[0].updates[2].date: Note 3, Day of the note must be a day, YYYY-MM-DD, or a date-time, YYYY-MM-DDTHH:MMZ",
      "events[0].updates[1].date: Note 2, Day of the note is before the note above it: notes go oldest first",
    ]);
    for (const lang of ["ar", "fa"] as const) {
      const { t: translate } = makeStudioI18n(lang);
      expect(found.every((p) => !problemWhat(p, translate).english)).toBe(true);
    }
    expect(problemWhat(found[0]!, makeStudioI18n("fa").t).text).toBe("یادداشت ۲، یادداشت برای خوانندگان: خالی است");
  });

  it("a rule the studio has no words for keeps the schema's English, marked as such", () => {
    expect(problemWhat({ path: "events[0].media.url", message: "something new" }, t)).toEqual({
      text: "Link: something new",
      english: true,
    });
  });
});

describe("the date hint", () => {
  it("names, in every language, each form a date may take, and each example it gives is a date", () => {
    for (const lang of ["en", "ar", "fa"] as const) {
      const { t } = makeStudioI18n(lang);
      for (const hint of [t("dateHelp"), t("problemNotADate", { field: "x" })]) {
        const forms = hint.match(/-?[\dYMDTHS:-]{4,}/g) ?? [];
        expect(forms).toEqual(["YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DDTHH:MM", "-0500", "-13800000000"]);
        const example = { Y: "2", M: "1", D: "1", H: "1" } as Record<string, string>;
        for (const form of forms) {
          expect(parsePartialDate(form.replace(/[YMDH]/g, (letter) => example[letter]!)), `${lang}: ${form}`).not.toBeNull();
        }
      }
    }
  });
});
