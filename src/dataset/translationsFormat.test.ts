import { describe, expect, it } from "vitest";
import { parseDataset } from "./readDatasetNow";
import { problemsOf } from "../../test-support/datasetProblems";

function translated() {
  return {
    version: 1,
    title: "Meetings",
    languages: [
      { code: "en" },
      { code: "ar", name: "العربية", translator: "The Arabic desk", method: "human", reviewed: true },
      { code: "fa", translator: "A machine", method: "machine" },
    ],
    translations: { ar: { title: "لقاءات" } },
    categories: [{ id: "diplomacy", label: "Diplomacy", translations: { fa: { label: "دیپلماسی" } } }],
    sources: [
      {
        id: "s1",
        outlet: null,
        title: null,
        published: null,
        language: "en",
        summary: "S",
        quotes: [{ id: "q1", speaker: "A", text: "We met.", translations: { ar: { text: "التقينا." } } }],
      },
    ],
    events: [
      {
        id: "e1",
        date: "2024-05-30",
        title: "Leaders meet",
        summary: "S",
        category: "diplomacy",
        sources: [{ source: "s1", quotes: ["q1"] }],
        translations: { ar: { title: "لقاء القادة", actors: ["بشار الأسد"], basis: { title: "0123abcd" } } },
        updates: [
          { date: "2024-06-01", kind: "correction", note: "The date was wrong." },
          { date: "2024-06-02T10:00:00Z", kind: "update", note: "Added a source." },
        ],
      },
    ],
    updated: "2024-06-02T10:00:00Z",
    opening: "latest",
    refresh: 60,
  };
}

describe("translations", () => {
  it("are read with their languages, who translated them and how", () => {
    const dataset = parseDataset(JSON.stringify(translated()), "test.json");
    expect(dataset.languages.map((l) => [l.code, l.method, l.reviewed])).toEqual([
      ["en", null, false],
      ["ar", "human", true],
      ["fa", "machine", false],
    ]);
    expect(dataset.events[0]!.translations?.ar?.title).toBe("لقاء القادة");
    expect(dataset.sources[0]!.quotes[0]!.text).toBe("We met.");
    expect(dataset.sources[0]!.quotes[0]!.translations?.ar?.text).toBe("التقينا.");
  });

  it("refuse a translation when the dataset names no languages", () => {
    const data = translated() as Record<string, unknown>;
    delete data.languages;
    expect(problemsOf(data)).toContain(
      `translations.ar: a translation needs the dataset's languages: list them in "languages", the original first`,
    );
  });

  it("refuse a language named twice, and a translation into a language not listed", () => {
    const data = translated();
    data.languages.push({ code: "AR" });
    data.categories[0]!.translations = { de: { label: "Diplomatie" } } as never;
    const problems = problemsOf(data);
    expect(problems).toContain(`languages[3].code: "AR" is named twice (also at languages[1])`);
    expect(problems).toContain(`categories[0].translations.de: "de" is not one of the dataset's languages (en, ar, fa, AR)`);
  });

  it("refuse a quote's translation into its own language: the quote is the verbatim original", () => {
    const data = translated();
    data.sources[0]!.quotes[0]!.translations = { en: { text: "We have met." } } as never;
    expect(problemsOf(data)).toContain(
      "sources[0].quotes[0].translations.en: a quote in en cannot have a translation into en: its text is the verbatim original",
    );
  });

  it("refuse a translation into the original language", () => {
    const data = translated();
    data.events[0]!.translations = { en: { title: "Leaders met" } } as never;
    expect(problemsOf(data)).toContain(
      `events[0].translations.en: "en" is the original language: change the text itself, not a translation`,
    );
  });

  it("refuse a blank translated text and a malformed language tag", () => {
    const data = translated();
    data.events[0]!.translations.ar.title = "  ";
    data.languages[2]!.code = "Persian";
    const problems = problemsOf(data);
    expect(problems).toContain("events[0].translations.ar.title: must not be empty");
    expect(problems.some((p) => p.startsWith('languages[2].code: must be a language tag such as "en"'))).toBe(true);
  });
});

describe("updates and the opening view", () => {
  it("are read, with defaults for a file that has none", () => {
    const dataset = parseDataset(JSON.stringify(translated()), "test.json");
    expect(dataset.events[0]!.updates.map((u) => u.kind)).toEqual(["correction", "update"]);
    expect([dataset.updated, dataset.opening, dataset.refresh]).toEqual(["2024-06-02T10:00:00Z", "latest", 60]);
    const plain = translated() as Record<string, unknown>;
    delete plain.opening;
    delete plain.refresh;
    delete plain.updated;
    const read = parseDataset(JSON.stringify(plain), "test.json");
    expect([read.updated, read.opening, read.refresh]).toEqual([null, "whole", 300]);
  });

  it("refuse updates out of order, an unknown kind, a free-text date and a negative refresh", () => {
    const data = translated();
    data.events[0]!.updates.reverse();
    (data.events[0]!.updates[0] as { kind: string }).kind = "erratum";
    data.events[0]!.updates[1]!.date = "last Tuesday";
    data.refresh = -5;
    const problems = problemsOf(data);
    expect(problems.some((p) => p.startsWith("events[0].updates[0].kind:"))).toBe(true);
    expect(problems).toContain("events[0].updates[1].date: must be a day, YYYY-MM-DD, or a date-time, YYYY-MM-DDTHH:MM[:SS][Z]");
    expect(problems).toContain("refresh: must be 0 (never) or more seconds");
  });

  it("refuse updates listed newest first", () => {
    const data = translated();
    data.events[0]!.updates.reverse();
    expect(problemsOf(data)).toContain(
      "events[0].updates[1].date: 2024-06-01 is before the update above it (2024-06-02T10:00:00Z): list updates oldest first",
    );
  });
});
