import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDataset } from "../dataset/parse";
import { editField } from "./draftEdits";
import type { DraftDataset } from "./draftStore";
import { textDigest } from "../lib/textDigest";
import {
  addLanguage,
  confirmTranslation,
  editLanguage,
  fieldState,
  languageCodeProblem,
  removeLanguage,
  setTranslation,
  translatableItems,
  translationSummary,
  type Translatable,
} from "./translations";

const draft = (): DraftDataset => ({
  version: 1,
  title: "Iran and Syria",
  description: null,
  languages: [{ code: "en" }, { code: "ar", name: "العربية", translator: "The Arabic desk", method: "human", reviewed: false }],
  categories: [{ id: "diplomacy", label: "Diplomacy" }],
  sources: [
    {
      id: "s",
      outlet: "News.az",
      title: null,
      published: null,
      summary: "A meeting in Tehran.",
      quotes: [
        { id: "q1", speaker: "Pezeshkian", text: "Relations are strategic." },
        { id: "q2", speaker: "Sabbagh", text: "العلاقات استراتيجية", language: "ar" },
      ],
    },
  ],
  events: [
    {
      id: "e",
      date: "2024-11-20",
      title: "Pezeshkian meets Sabbagh",
      summary: "They met in Tehran.",
      category: "diplomacy",
      actors: ["Masoud Pezeshkian", "Bassam al-Sabbagh"],
      sources: [{ source: "s", quotes: ["q1"] }],
    },
  ],
  periods: [],
});

const event = (d: DraftDataset) => d.events[0] as unknown as Translatable;

describe("a translation and its original", () => {
  it("typed, records the digest of the original it was made from, and is current", () => {
    let d = setTranslation(draft(), ["events", 0], "ar", "title", "بزشكيان");
    d = setTranslation(d, ["events", 0], "ar", "title", "بزشكيان يلتقي الصباغ");
    expect(event(d).translations).toEqual({
      ar: { title: "بزشكيان يلتقي الصباغ", basis: { title: textDigest("Pezeshkian meets Sabbagh") } },
    });
    expect(fieldState(event(d), "title", "ar")).toBe("current");
    expect(fieldState(event(d), "summary", "ar")).toBe("missing");
    expect(fieldState(event(d), "place", "ar")).toBe("none");
    // The draft with its translation is a dataset the explorer reads.
    expect(checkDataset(d).problems).toEqual([]);
  });

  it("is out of date once the original changes, and current again when marked still right, untouched", () => {
    let d = setTranslation(draft(), ["events", 0], "ar", "title", "بزشكيان يلتقي الصباغ");
    d = editField(d, ["events", 0, "title"], "Pezeshkian meets Sabbagh in Tehran");
    expect(fieldState(event(d), "title", "ar")).toBe("stale");
    // Changed back, it is the text it was translated from again.
    expect(fieldState(event(editField(d, ["events", 0, "title"], "Pezeshkian meets Sabbagh")), "title", "ar")).toBe("current");
    const confirmed = confirmTranslation(d, ["events", 0], "ar", "title");
    expect(fieldState(event(confirmed), "title", "ar")).toBe("current");
    expect(event(confirmed).translations!.ar!.title).toBe("بزشكيان يلتقي الصباغ");
    expect(event(confirmed).translations!.ar!.basis).toEqual({ title: textDigest("Pezeshkian meets Sabbagh in Tehran") });
  });

  it("lists and paragraphs are compared by their JSON: a person added makes the people out of date", () => {
    let d = setTranslation(draft(), ["events", 0], "ar", "actors", ["مسعود بزشكيان", "بسام الصباغ"]);
    expect(event(d).translations!.ar!.basis).toEqual({ actors: textDigest(JSON.stringify(["Masoud Pezeshkian", "Bassam al-Sabbagh"])) });
    d = editField(d, ["events", 0, "actors"], ["Masoud Pezeshkian", "Bassam al-Sabbagh", "Abbas Araghchi"]);
    expect(fieldState(event(d), "actors", "ar")).toBe("stale");
    const paragraphs = [["They met. See ", { text: "the readout", href: "https://example.org/" }]];
    d = editField(d, ["events", 0, "summary"], paragraphs);
    d = setTranslation(d, ["events", 0], "ar", "summary", [["التقيا."]]);
    expect(event(d).translations!.ar!.basis!.summary).toBe(textDigest(JSON.stringify(paragraphs)));
    expect(fieldState(event(d), "summary", "ar")).toBe("current");
  });

  it("a translation written without a basis is unchecked until marked still right", () => {
    const d = { ...draft(), translations: { ar: { title: "إيران وسوريا" } } } as DraftDataset;
    expect(fieldState(d as unknown as Translatable, "title", "ar")).toBe("unchecked");
    expect(fieldState(confirmTranslation(d, [], "ar", "title") as unknown as Translatable, "title", "ar")).toBe("current");
  });

  it("emptied, it is removed with its basis, and no empty entry or translations is left", () => {
    let d = setTranslation(draft(), ["events", 0], "ar", "title", "ب");
    d = setTranslation(d, ["events", 0], "ar", "title", "");
    expect(event(d)).not.toHaveProperty("translations");
    d = setTranslation(d, ["events", 0], "ar", "actors", ["أ"]);
    d = setTranslation(d, ["events", 0], "ar", "actors", []);
    expect(event(d)).not.toHaveProperty("translations");
    // A space typed is text: kept, and the checks name it.
    d = setTranslation(d, [], "ar", "title", " ");
    expect(d.translations).toEqual({ ar: { title: " ", basis: { title: textDigest("Iran and Syria") } } });
    expect(checkDataset(d).problems.map((p) => p.path)).toEqual(["translations.ar.title"]);
  });

  it("the timeline's own texts and a quote's are translated in place, a quote never into its own language", () => {
    let d = setTranslation(draft(), [], "ar", "title", "إيران وسوريا");
    d = setTranslation(d, ["sources", 0, "quotes", 0], "ar", "text", "العلاقات استراتيجية.");
    expect(d.translations!.ar!.title).toBe("إيران وسوريا");
    expect(d.sources[0]!.quotes![0]!.translations!.ar!.text).toBe("العلاقات استراتيجية.");
    // The Arabic quote is not offered for Arabic; it is for any other language.
    const paths = (lang: string) => translatableItems(d, lang).map((item) => item.path.join("."));
    expect(paths("ar")).toEqual(["", "categories.0", "sources.0", "sources.0.quotes.0", "events.0"]);
    expect(paths("fa")).toContain("sources.0.quotes.1");
  });
});

describe("the summary per language", () => {
  it("counts the texts missing, out of date, unchecked and current", () => {
    let d = draft();
    expect(translationSummary(d, "ar")).toEqual({ none: 4, missing: 7, stale: 0, unchecked: 0, current: 0 });
    d = setTranslation(d, ["events", 0], "ar", "title", "بزشكيان يلتقي الصباغ");
    d = setTranslation(d, ["categories", 0], "ar", "label", "دبلوماسية");
    d = editField(d, ["events", 0, "title"], "Pezeshkian meets al-Sabbagh");
    expect(translationSummary(d, "ar")).toMatchObject({ missing: 5, stale: 1, current: 1 });
    // Counted again after a change, however it was cached.
    d = confirmTranslation(d, ["events", 0], "ar", "title");
    expect(translationSummary(d, "ar")).toMatchObject({ missing: 5, stale: 0, current: 2 });
  });
});

describe("the bundled dataset", () => {
  it("its translations' basis, written apart from the studio, are the originals' digests: every one is current", () => {
    const bundled = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8")) as DraftDataset;
    for (const lang of ["ar", "fa"]) expect(translationSummary(bundled, lang)).toMatchObject({ missing: 0, stale: 0, unchecked: 0 });
    expect(translationSummary(bundled, "ar").current).toBeGreaterThan(50);
  });
});

describe("the draft's languages", () => {
  it("are added in order, the first the original, and refused when blank, malformed or named twice", () => {
    let d: DraftDataset = { ...draft(), languages: undefined };
    expect(languageCodeProblem(d, " ")).toBe("empty");
    expect(languageCodeProblem(d, "Arabic!")).toBe("invalid");
    d = addLanguage(addLanguage(d, "en"), " fa ");
    expect(d.languages!.map((l) => l.code)).toEqual(["en", "fa"]);
    expect(languageCodeProblem(d, "FA")).toBe("taken");
    d = editLanguage(d, 1, "method", "machine");
    d = editLanguage(d, 1, "reviewed", true);
    expect(d.languages![1]).toEqual({ code: "fa", name: null, translator: null, method: "machine", reviewed: true });
    expect(checkDataset(d).problems).toEqual([]);
  });

  it("removed, take every translation into them along; the original stays while others remain", () => {
    let d = addLanguage(draft(), "fa");
    d = setTranslation(d, [], "ar", "title", "إيران وسوريا");
    d = setTranslation(d, [], "fa", "title", "ایران و سوریه");
    d = setTranslation(d, ["sources", 0, "quotes", 0], "ar", "text", "العلاقات استراتيجية.");
    d = { ...d, events: [{ ...d.events[0]!, media: { url: "a.jpg", alt: "A", translations: { ar: { alt: "أ" } } } }] };
    const untouched = d.categories;
    const removed = removeLanguage(d, 1);
    expect(removed.languages!.map((l) => l.code)).toEqual(["en", "fa"]);
    expect(removed.translations).toEqual({ fa: { title: "ایران و سوریه", basis: { title: textDigest("Iran and Syria") } } });
    expect(removed.sources[0]!.quotes![0]).not.toHaveProperty("translations");
    expect(removed.events[0]!.media).not.toHaveProperty("translations");
    expect(removed.categories).toBe(untouched);
    expect(checkDataset(removed).problems).toEqual([]);
    expect(removeLanguage(removed, 0)).toBe(removed);
  });
});

describe("an update's note", () => {
  const withNote = (): DraftDataset => {
    const d = draft();
    return {
      ...d,
      events: [{ ...d.events[0]!, updates: [{ date: "2024-11-21", kind: "correction", note: "The meeting was in Tehran." }] }],
    };
  };
  const note = (d: DraftDataset) => d.events[0]!.updates![0] as unknown as Translatable;

  it("is offered for translation, missing until typed, out of date once its original changes", () => {
    const path = ["events", 0, "updates", 0] as const;
    expect(translatableItems(withNote(), "ar").some((item) => item.kind === "update" && item.path.join() === path.join())).toBe(true);
    expect(fieldState(note(withNote()), "note", "ar")).toBe("missing");
    expect(translationSummary(withNote(), "ar").missing - translationSummary(draft(), "ar").missing).toBe(1);

    let d = setTranslation(withNote(), path, "ar", "note", "كان اللقاء في طهران.");
    expect(note(d).translations).toEqual({
      ar: { note: "كان اللقاء في طهران.", basis: { note: textDigest("The meeting was in Tehran.") } },
    });
    expect(fieldState(note(d), "note", "ar")).toBe("current");
    d = editField(d, [...path, "note"], "The meeting was in Tehran, not Damascus.");
    expect(fieldState(note(d), "note", "ar")).toBe("stale");
    expect(fieldState(note(confirmTranslation(d, path, "ar", "note")), "note", "ar")).toBe("current");
    expect(checkDataset(d).problems).toEqual([]);
  });
});
