import { describe, expect, it } from "vitest";
import { buildIndex } from "./datasetIndex";
import { carriesBasis, langOf, localise, localiseIndex, originalLangOf, quoteTranslation, untranslatedLang } from "./localise";
import { parseDataset } from "./readDatasetNow";
import { textDigest } from "../lib/textDigest";
import { joinList } from "../lib/listSeparator";

const raw = () => ({
  version: 1,
  title: "Meetings",
  description: "Who met whom",
  languages: [
    { code: "en" },
    { code: "ar", name: "العربية", translator: "The Arabic desk", method: "human", reviewed: true },
    { code: "fa", translator: "A machine", method: "machine" },
  ],
  translations: { ar: { title: "لقاءات" } },
  categories: [{ id: "diplomacy", label: "Diplomacy", translations: { ar: { label: "دبلوماسية" } } }],
  periods: [
    {
      id: "p1",
      label: "A term",
      start: "2021",
      end: null,
      summary: null,
      sources: [{ source: "s1" }],
      translations: { fa: { label: "دوره" } },
    },
  ],
  sources: [
    {
      id: "s1",
      outlet: null,
      title: "The meeting",
      published: null,
      language: "en",
      summary: "S",
      quotes: [
        { id: "q1", speaker: "A", text: "We met.", translations: { ar: { text: "التقينا." } } },
        { id: "q2", speaker: "B", text: "دیدار کردیم", language: "fa" },
      ],
      translations: { ar: { summary: "ملخص" } },
    },
  ],
  events: [
    {
      id: "e1",
      date: "2024-05-30",
      title: "Leaders meet",
      summary: [["Talks in ", { text: "Tehran", href: "https://example.org/" }]],
      place: "Tehran",
      actors: ["Bashar al-Assad"],
      category: "diplomacy",
      sources: [{ source: "s1", quotes: ["q1"] }],
      media: { url: null, caption: "A photo", alt: null, translations: { ar: { caption: "صورة" } } },
      updates: [{ date: "2024-06-01", kind: "correction", note: "The date was wrong." }],
      translations: {
        ar: { title: "لقاء القادة", summary: [["محادثات في ", { text: "طهران", href: "https://example.org/" }]], actors: ["بشار الأسد"] },
      },
    },
  ],
});

const dataset = () => parseDataset(JSON.stringify(raw()), "test.json");

describe("localise", () => {
  it("shows each text in the reader's language where the dataset has it translated", () => {
    const shown = localise(dataset(), "ar");
    const event = shown.events[0]!;
    expect(shown.title).toBe("لقاءات");
    expect(event.title).toBe("لقاء القادة");
    expect(event.summary).toBe("محادثات في طهران");
    expect(event.paragraphs).toEqual([["محادثات في ", { text: "طهران", href: "https://example.org/" }]]);
    expect(event.actors).toEqual(["بشار الأسد"]);
    expect(event.media?.caption).toBe("صورة");
    expect(shown.categories[0]!.label).toBe("دبلوماسية");
    expect(shown.sources[0]!.summary).toBe("ملخص");
    expect(langOf(event, "title")).toBe("ar");
    expect(untranslatedLang(event, "title")).toBeNull();
  });

  it("leaves an untranslated text in its original, marked with the original's language", () => {
    const shown = localise(dataset(), "ar");
    const event = shown.events[0]!;
    expect(event.place).toBe("Tehran");
    expect(langOf(event, "place")).toBe("en");
    expect(untranslatedLang(event, "place")).toBe("en");
    expect(untranslatedLang(shown, "description")).toBe("en");
    expect(untranslatedLang(shown.sources[0], "title")).toBe("en");
    expect(untranslatedLang(event.updates[0], "note")).toBe("en");
    // A text the original leaves out is not "untranslated".
    expect(untranslatedLang(event, "displayDate")).toBeNull();
  });

  it("needs a TextDigest only for a dataset whose translations carry a basis, and says so without one", () => {
    const file = raw();
    expect(carriesBasis(parseDataset(JSON.stringify(file), "test.json"))).toBe(false);
    expect(() => localise(parseDataset(JSON.stringify(file), "test.json"), "ar")).not.toThrow();
    (file.events[0]!.translations.ar as Record<string, unknown>).basis = { title: textDigest("Leaders meet") };
    const based = parseDataset(JSON.stringify(file), "test.json");
    expect(carriesBasis(based)).toBe(true);
    expect(() => localise(based, "ar")).toThrow(/"title" carries a basis, and no TextDigest/);
  });

  it("shows a translation made from an earlier original as the original, marked, and a current one as the translation", () => {
    const file = raw();
    const event = file.events[0]!;
    const translated = event.translations.ar as Record<string, unknown>;
    const read = (basis: Record<string, string>) => {
      translated.basis = basis;
      return localise(parseDataset(JSON.stringify(file), "test.json"), "ar", textDigest).events[0]!;
    };
    // Both made from today's originals (the summary's of its paragraphs as written): shown.
    const current = read({ title: textDigest(event.title), summary: textDigest(event.summary) });
    expect([current.title, untranslatedLang(current, "title")]).toEqual(["لقاء القادة", null]);
    expect([current.summary, untranslatedLang(current, "summary")]).toEqual(["محادثات في طهران", null]);
    // The summary translated before the original changed: the original, marked; the title still current.
    const stale = read({ title: textDigest(event.title), summary: textDigest("An older summary.") });
    expect(stale.title).toBe("لقاء القادة");
    expect([stale.summary, untranslatedLang(stale, "summary")]).toEqual(["Talks in Tehran", "en"]);
    expect(stale.paragraphs).toEqual(event.summary);
  });

  it("keeps every quote verbatim, its translation beside it with who made it and how", () => {
    const [q1, q2] = localise(dataset(), "ar").sources[0]!.quotes;
    expect(q1!.text).toBe("We met.");
    expect(q1!.language).toBe("en");
    expect(quoteTranslation(q1!)).toEqual({ text: "التقينا.", lang: "ar", translator: "The Arabic desk", method: "human", reviewed: true });
    expect(q2!.language).toBe("fa");
    expect(quoteTranslation(q2!)).toBeNull();
  });

  it("matches a regional tag to the dataset's language, and leaves the given dataset as it was", () => {
    const given = dataset();
    const before = JSON.stringify(given);
    expect(localise(given, "fa-IR").periods[0]!.label).toBe("دوره");
    expect(JSON.stringify(given)).toBe(before);
  });

  it("returns the same dataset for a reader of the original, and for a dataset in one language", () => {
    const given = dataset();
    expect(localise(given, "en").events[0]).toBe(given.events[0]);
    const index = buildIndex(given);
    expect(localiseIndex(index, "en")).toBe(index);
  });

  it("shows the originals, not marked, to a reader of a language the dataset is not translated into", () => {
    const event = localise(dataset(), "de").events[0]!;
    expect(event.title).toBe("Leaders meet");
    expect(untranslatedLang(event, "title")).toBeNull();
  });

  it("tags what a French original never translates (outlets, speakers, notes) French, not English", () => {
    const french = { ...raw(), languages: [{ code: "fr" }, { code: "ar", translator: null, method: "human" }] };
    french.sources[0]!.language = "fr";
    french.periods = [];
    french.events[0]!.translations = { ar: { title: "لقاء" } } as never;
    const shown = localise(parseDataset(JSON.stringify(french), "fr.json"), "ar");
    const event = shown.events[0]!;
    expect(originalLangOf(shown.sources[0])).toBe("fr");
    expect(originalLangOf(shown.sources[0]!.quotes[0])).toBe("fr");
    expect(langOf(event.updates[0], "note")).toBe("fr");
    expect(untranslatedLang(event.updates[0], "note")).toBe("fr");
    expect(originalLangOf(shown.categories[0])).toBe("fr");
    // Never localised: the default.
    expect(originalLangOf(dataset().sources[0])).toBe("en");
  });

  it("joins a list of names with its own language's comma", () => {
    expect(joinList(["Ali Khamenei", "Bashar al-Assad"], "en")).toBe("Ali Khamenei, Bashar al-Assad");
    expect(joinList(["Pedro Sánchez", "Carlos Mazón"], "fr")).toBe("Pedro Sánchez, Carlos Mazón");
    expect(joinList(["علی خامنه‌ای", "بشار اسد"], "fa")).toBe("علی خامنه‌ای، بشار اسد");
    expect(joinList(["بشار الأسد"], "ar-SY")).toBe("بشار الأسد");
    expect(joinList(["بشار الأسد", "علي خامنئي"], "ar-SY")).toBe("بشار الأسد، علي خامنئي");
  });

  it("keeps the index's order and search", () => {
    const index = buildIndex(dataset());
    const shown = localiseIndex(index, "ar");
    expect(shown.events.map((e) => e.id)).toEqual(index.events.map((e) => e.id));
    expect(shown.search).toBe(index.search);
    expect(shown.eventById.get("e1")!.title).toBe("لقاء القادة");
  });
});
