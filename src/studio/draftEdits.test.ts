import { fromLinkMarkup } from "./linkMarkup";
import { describe, expect, it } from "vitest";
import { checkDataset } from "../dataset/parse";
import { checkDraft } from "./draftCheck";
import { previewDraft } from "./previewDraft";
import {
  addEvent,
  addQuote,
  addSource,
  addUpdate,
  AUTO_ID,
  blankDataset,
  editField,
  exportedDataset,
  fixIds,
  removeItem,
  removeQuote,
  removeUpdate,
  setAt,
  toggleCitation,
  toggleQuote,
} from "./draftEdits";

/** A small valid draft: one source with a quote, one event citing it. */
function draft() {
  let d = blankDataset();
  d = { ...d, title: "T" };
  d = addSource(d);
  d = editField(d, ["sources", 0, "outlet"], "Al-Example News");
  d = editField(d, ["sources", 0, "summary"], "What it reports.");
  d = addQuote(d, 0);
  d = editField(d, ["sources", 0, "quotes", 0, "speaker"], "A");
  d = editField(d, ["sources", 0, "quotes", 0, "text"], "Words.");
  d = addEvent(d);
  d = editField(d, ["events", 0, "date"], "2024-05-30");
  d = editField(d, ["events", 0, "title"], "Assad visits Tehran");
  d = editField(d, ["events", 0, "summary"], "He went.");
  d = toggleCitation(d, "events", 0, d.sources[0]!.id);
  return toggleQuote(d, "events", 0, d.sources[0]!.id, d.sources[0]!.quotes![0]!.id);
}

describe("draft edits", () => {
  it("make a valid dataset from nothing, ids made from titles and dates", () => {
    const d = draft();
    expect(checkDataset(d).problems).toEqual([]);
    expect(d.events[0]!.id).toBe("2024-05-30-assad-visits-tehran");
    expect(d.sources[0]!.id).toBe("al-example-news");
    expect(d.events[0]!.sources).toEqual([{ source: "al-example-news", quotes: ["al-example-news-q1"] }]);
  });

  it("keep an id the reporter edited, and after an export, however the title changes", () => {
    let d = editField(draft(), ["events", 0, "id"], "my-id");
    d = editField(d, ["events", 0, "title"], "Another title");
    expect(d.events[0]!.id).toBe("my-id");
    let fixed = fixIds(draft());
    fixed = editField(fixed, ["events", 0, "title"], "Another title");
    expect(fixed.events[0]!.id).toBe("2024-05-30-assad-visits-tehran");
  });

  it("keep citations pointing at a renamed source, and events in a renamed category", () => {
    let d = editField(draft(), ["sources", 0, "id"], "renamed");
    expect(d.events[0]!.sources[0]!.source).toBe("renamed");
    d = editField(d, ["categories", 0, "id"], "politics");
    expect(d.events[0]!.category).toBe("politics");
    expect(checkDataset(d).problems).toEqual([]);
  });

  it("a new draft's category id follows the label the reporter gives it, until the id is edited or exported", () => {
    let d = addEvent(blankDataset());
    d = editField(d, ["categories", 0, "label"], "Diplomacy");
    expect(d.categories[0]).toMatchObject({ id: "diplomacy", label: "Diplomacy" });
    expect(d.events[0]!.category).toBe("diplomacy");
    expect((exportedDataset(d, { withArticles: false }) as { categories: object[] }).categories).toEqual([
      { id: "diplomacy", label: "Diplomacy" },
    ]);
    const fixed = editField(fixIds(d), ["categories", 0, "label"], "War");
    expect(fixed.categories[0]).toEqual({ id: "diplomacy", label: "War" });
    const edited = editField(editField(d, ["categories", 0, "id"], "talks"), ["categories", 0, "label"], "War");
    expect(edited.categories[0]).toEqual({ id: "talks", label: "War" });
  });

  it("make unique ids for items alike", () => {
    let d = addEvent(addEvent(blankDataset()));
    d = editField(d, ["events", 0, "title"], "Same");
    d = editField(d, ["events", 1, "title"], "Same");
    expect(d.events.map((e) => e.id)).toEqual(["same", "same-2"]);
  });

  it("copy only the path they change", () => {
    const d = draft();
    const next = setAt(d, ["events", 0, "title"], "x");
    expect(next.sources).toBe(d.sources);
    expect(next.events).not.toBe(d.events);
    expect(d.events[0]!.title).toBe("Assad visits Tehran");
    expect(removeItem(d, "events", 0).events).toEqual([]);
  });

  it("export the format alone: no marks of the studio's, articles only when chosen", () => {
    const d = editField(draft(), ["sources", 0, "article"], "The article.");
    const plain = exportedDataset(d, { withArticles: false }) as ReturnType<typeof draft>;
    expect(JSON.stringify(plain)).not.toContain(AUTO_ID);
    expect(plain.sources[0]).not.toHaveProperty("article");
    expect((exportedDataset(d, { withArticles: true }) as ReturnType<typeof draft>).sources[0]!.article).toBe("The article.");
    expect(checkDataset(plain).problems).toEqual([]);
  });
  it("exports text with links without the empty paragraphs a trailing blank line leaves", () => {
    let d = addEvent(blankDataset(), "2024");
    d = editField(d, ["events", 0, "summary"], fromLinkMarkup("See [this](https://example.com/a).\n\n"));
    const exported = exportedDataset(d, { withArticles: false }) as { events: { summary: unknown }[] };
    expect(exported.events[0]!.summary).toEqual([["See ", { text: "this", href: "https://example.com/a" }, "."]]);
  });
});

describe("removing a quote", () => {
  it("removes it from its source and from every event and period citing it, leaving the rest as it was, and the draft valid", () => {
    let d = draft();
    d = addQuote(d, 0);
    d = editField(d, ["sources", 0, "quotes", 1, "speaker"], "B");
    d = editField(d, ["sources", 0, "quotes", 1, "text"], "Other words.");
    const [first, second] = d.sources[0]!.quotes!;
    d = addEvent(d);
    d = editField(d, ["events", 1, "date"], "2024-06-01");
    d = editField(d, ["events", 1, "title"], "Another visit");
    d = toggleCitation(d, "events", 1, d.sources[0]!.id);
    d = toggleQuote(d, "events", 1, d.sources[0]!.id, second!.id);
    d = {
      ...d,
      periods: [{ id: "p", label: "P", start: "2024", end: "2025", sources: [{ source: d.sources[0]!.id, quotes: [first!.id] }] }],
    };

    const next = removeQuote(d, 0, 0);
    expect(next.sources[0]!.quotes!.map((q) => q.id)).toEqual([second!.id]);
    expect(next.events[0]!.sources).toEqual([{ source: d.sources[0]!.id, quotes: [] }]);
    expect(next.periods![0]!.sources).toEqual([{ source: d.sources[0]!.id, quotes: [] }]);
    // An event that cites another quote is the same object: nothing else is rewritten or saved.
    expect(next.events[1]).toBe(d.events[1]);
    expect(d.sources[0]!.quotes).toHaveLength(2);
    expect(checkDraft(next).problems).toEqual([]);
  });
});

describe("an event's notes for readers", () => {
  it("are added last, dated as asked, edited, exported as the format has them, and removed with their translations", () => {
    let d = addUpdate(draft(), 0, "2024-06-01");
    expect(d.events[0]!.updates).toEqual([{ date: "2024-06-01", kind: "update", note: "" }]);
    // A blank note is a problem at its own path, as any other field.
    expect(checkDataset(exportedDataset(d, { withArticles: false })).problems.map((p) => p.path)).toEqual(["events[0].updates[0].note"]);
    d = editField(d, ["events", 0, "updates", 0, "kind"], "correction");
    d = editField(d, ["events", 0, "updates", 0, "note"], "The meeting was on 30 May.");
    d = addUpdate(d, 0, "2024-06-02");
    d = editField(d, ["events", 0, "updates", 1, "note"], "Added a source.");
    d = editField(d, ["events", 0, "updates", 1, "translations"], { ar: { note: "أضيف مصدر." } });
    const { dataset, problems } = checkDataset(
      exportedDataset({ ...d, languages: [{ code: "en" }, { code: "ar" }] }, { withArticles: false }),
    );
    expect(problems).toEqual([]);
    expect(dataset!.events[0]!.updates.map(({ date, kind, note }) => [date, kind, note])).toEqual([
      ["2024-06-01", "correction", "The meeting was on 30 May."],
      ["2024-06-02", "update", "Added a source."],
    ]);
    const removed = removeUpdate(d, 0, 0);
    expect(removed.events[0]!.updates).toEqual([d.events[0]!.updates![1]]);
    expect(removeUpdate(removed, 0, 0).events[0]!.updates).toEqual([]);
    // The event's other fields, and the other events, are the same objects.
    expect(removed.sources).toBe(d.sources);
  });
});

describe("what the export writes for what an article does not state", () => {
  it("is null, whether the field was left empty or never typed", () => {
    const draft = addSource({ ...blankDataset(), title: "T" });
    const exported = exportedDataset(
      { ...draft, sources: [{ ...draft.sources[0]!, outlet: "", title: null }] },
      { withArticles: false },
    ) as {
      sources: { outlet: unknown; title: unknown; citing: unknown }[];
    };
    expect(exported.sources[0]).toMatchObject({ outlet: null, title: null, citing: null });
  });
});

describe("an event without a summary", () => {
  it("is no problem for the studio's check, as the format makes a summary optional; it exports as null", () => {
    const d = addEvent(draft());
    const blank = editField(editField(d, ["events", 1, "date"], "2024-06-01"), ["events", 1, "title"], "Talks");
    const cited = toggleCitation(blank, "events", 1, blank.sources[0]!.id);
    // A new event's summary, and one typed and taken away ("" or only blanks, or empty paragraphs).
    for (const summary of [null, "", "  ", [[""]]]) {
      const withSummary = setAt(cited, ["events", 1, "summary"], summary);
      expect(checkDraft(withSummary).problems).toEqual([]);
      expect(previewDraft(withSummary, "Untitled").dataset?.events.map((e) => e.id)).toContain("2024-06-01-talks");
      expect((exportedDataset(withSummary, { withArticles: false }) as { events: { summary: unknown }[] }).events[1]!.summary).toBeNull();
    }
    expect(checkDataset(exportedDataset(cited, { withArticles: false })).problems).toEqual([]);
  });
});
