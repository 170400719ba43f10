import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDraft } from "./draftCheck";
import { readDraft, readWrite } from "./draftShape";

/** Anything a damaged store, an older studio or another tab could hand over as a draft's field. */
const anyField = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.object());

describe("a draft from the browser's storage or another tab, read as a file is", () => {
  it("opens a damaged kept draft, each field of the wrong kind emptied and said by its path", () => {
    const read = readDraft({
      key: "k",
      dataset: { version: 1, title: { en: "x" }, events: null, sources: [null], categories: "none" },
      publishArticles: "yes",
      savedAt: "yesterday",
      savedBy: 3,
    });
    expect(read?.draft).toMatchObject({
      key: "k",
      publishArticles: false,
      savedAt: 0,
      dataset: { title: "", events: [], sources: [], categories: [] },
    });
    expect(read?.draft.savedBy).toBeUndefined();
    expect(read?.notes).toEqual([
      "title: an object where text belongs; left empty.",
      "events: null where a list belongs; left empty.",
      "sources[0]: null where an item belongs; left out.",
      "categories: text where a list belongs; left empty.",
    ]);
  });

  it("opens a kept draft whose dataset is no object at all as an empty one, and says so; no key is no draft", () => {
    const read = readDraft({ key: "k", dataset: [1, 2] });
    expect(read?.draft.dataset).toMatchObject({ title: "", events: [] });
    expect(read?.notes[0]).toMatch(/is not a timeline/);
    expect(readDraft({ dataset: {} })).toBeNull();
    expect(readDraft(null)).toBeNull();
    expect(readDraft("draft")).toBeNull();
  });

  it("leaves out a published baseline of the wrong shape (what Export compares with)", () => {
    const read = readDraft({ key: "k", dataset: { version: 1, publishedBaseline: { e1: { a: 1 } } } });
    expect(read?.draft.dataset.publishedBaseline).toBeUndefined();
    expect(read?.notes).toEqual([expect.stringMatching(/^publishedBaseline: /)]);
  });

  it("reads another tab's writes by their path: the wrong kind emptied, a path to no field left out", () => {
    const at = { at: 1, tab: "b" };
    expect(readWrite({ path: ["title"], value: "ok", ...at })).toEqual({ write: { path: ["title"], value: "ok", ...at }, notes: [] });
    expect(readWrite({ path: ["title"], value: { en: "x" }, ...at })).toEqual({
      write: { path: ["title"], value: "", ...at },
      notes: ["title: an object where text belongs; left empty."],
    });
    expect(readWrite({ path: ["events"], value: [null, { id: "e", title: 3 }], ...at }).write?.value).toEqual([{ id: "e", title: "" }]);
    expect(readWrite({ path: ["events", "x"], value: {}, ...at }).write).toBeNull();
    expect(readWrite({ path: ["title", 0], value: "x", ...at }).write).toBeNull();
    expect(readWrite({ path: ["__proto__", "polluted"], value: true, ...at }).write).toBeNull();
    expect(readWrite({ path: ["studioNote"], value: { any: [1] }, ...at }).write?.value).toEqual({ any: [1] });
  });

  it("whatever a kept draft holds, reading it never throws, and what it gives can be checked", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyField,
          fc.record({ key: fc.string({ minLength: 1 }), dataset: anyField, publishArticles: anyField, savedAt: anyField }),
          fc.record({
            key: fc.constant("k"),
            dataset: fc.record({
              version: anyField,
              title: anyField,
              events: anyField,
              sources: anyField,
              categories: anyField,
              periods: anyField,
            }),
          }),
        ),
        (stored) => {
          const read = readDraft(stored);
          if (read) expect(() => checkDraft(read.draft.dataset)).not.toThrow();
        },
      ),
    );
  });

  it("whatever another tab writes to a field, reading it never throws", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom("title", "events", "sources", "categories", "quotes", "__proto__"), fc.nat(3)), { maxLength: 4 }),
        anyField,
        (path, value) => {
          expect(() => readWrite({ path, value, at: 1, tab: "b" })).not.toThrow();
        },
      ),
    );
  });
});
