import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addEvent, addSource, blankDataset } from "./draftEdits";
import type { DraftDataset } from "./draftStore";
import { previewDraft } from "./previewDraft";

const source = { id: "s", outlet: "Al-Example", title: null, published: null, summary: "What it reports.", quotes: [] };
const event = (id: string, title: string, date = "2024-03-03", cites = "s") => ({
  id,
  date,
  title,
  summary: `About ${title}.`,
  category: "general",
  sources: [{ source: cites }],
});
const draft = (events: object[], sources: object[] = [source]) => ({ ...blankDataset(), title: "Talks", sources, events });

describe("the preview of a draft", () => {
  it("draws a valid draft whole", () => {
    const plan = previewDraft(draft([event("a", "One")]), "Untitled");
    expect(plan.dataset?.events.map((e) => e.id)).toEqual(["a"]);
    expect(plan.leftOut).toEqual([]);
  });

  it("keeps an event whose new note for readers is not typed yet, without that note", () => {
    const noted = {
      ...event("a", "One"),
      updates: [
        { date: "2024-03-04", kind: "correction", note: "The date was wrong." },
        { date: "2024-03-05", kind: "update", note: " " },
      ],
    };
    const plan = previewDraft(draft([noted]), "Untitled");
    expect(plan.leftOut).toEqual([]);
    expect(plan.dataset?.events[0]?.updates.map((u) => u.note)).toEqual(["The date was wrong."]);
  });

  it("leaves out the events with problems, named by their place in the form, and draws the rest", () => {
    const plan = previewDraft(draft([event("a", "One"), event("b", "Ministers meet", ""), event("c", "Three")]), "Untitled");
    expect(plan.dataset?.events.map((e) => e.id)).toEqual(["a", "c"]);
    expect(plan.leftOut).toEqual([
      expect.objectContaining({
        path: "events[1]",
        kind: "events",
        name: "Ministers meet",
        problems: [expect.objectContaining({ path: "events[1].date" })],
      }),
    ]);
  });

  it("a source with a problem takes out the events that cite only it, each named where it is", () => {
    const broken = { ...source, id: "t", summary: "" };
    const plan = previewDraft(
      draft([event("a", "One"), event("b", "Two", "2024-03-04", "t"), event("c", "Three")], [source, broken]),
      "Untitled",
    );
    expect(plan.dataset?.events.map((e) => e.id)).toEqual(["a", "c"]);
    expect(plan.leftOut.map((item) => item.path)).toEqual(["sources[1]", "events[1]"]);
  });

  it("stands in a title for a new draft's, and draws nothing (no false last version) while no event is whole", () => {
    expect(previewDraft(draft([event("a", "One")]).title, "Untitled").dataset).toBeNull();
    const untitled = previewDraft({ ...draft([event("a", "One")]), title: "" }, "Untitled timeline");
    expect(untitled.dataset?.title).toBe("Untitled timeline");
    const fresh = addEvent(addSource(blankDataset()));
    expect(previewDraft(fresh, "Untitled").dataset).toBeNull();
  });

  it("whatever the draft holds, it never throws and draws only whole events of the draft", () => {
    const text = fc.oneof(fc.constant(""), fc.constant("x"), fc.string());
    const anEvent = fc.record({
      id: fc.oneof(fc.constant("a"), fc.constant("b"), fc.constant("")),
      date: fc.oneof(fc.constant("2024"), fc.constant(""), fc.constant("2024-13")),
      title: text,
      summary: text,
      category: fc.oneof(fc.constant("general"), fc.constant("nope")),
      sources: fc.array(fc.record({ source: fc.oneof(fc.constant("s"), fc.constant("gone")) }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 6 }), text, (events, title) => {
        const plan = previewDraft({ ...draft(events), title } as DraftDataset, "Untitled");
        // Drawn only where the format's own reader took it: every event drawn is one of the draft's, whole.
        for (const drawn of plan.dataset?.events ?? []) {
          expect(events.some((e) => e.id === drawn.id && e.title === drawn.title && e.title.trim() !== "")).toBe(true);
          expect(drawn.sources.every((c) => c.source === "s")).toBe(true);
        }
        expect(plan.leftOut.length + (plan.dataset?.events.length ?? 0)).toBeLessThanOrEqual(events.length + 1);
      }),
    );
  });
});
