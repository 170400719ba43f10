import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { changedEvents, recordChanges, withBaseline, withoutBaseline } from "./changeRecord";
import type { DraftDataset } from "./draftStore";

const published = (): DraftDataset => JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"));
const NOW = new Date("2026-12-06T23:40:05.123Z");

describe("a draft from the published timeline", () => {
  it("lists nothing while nothing changed, and records nothing", () => {
    const draft = withBaseline(published());
    expect(changedEvents(draft)).toEqual([]);
    expect(recordChanges(draft, {}, NOW)).toBe(draft);
  });

  it("lists the events whose date or text changed, saying which", () => {
    const draft = withBaseline(published());
    draft.events[1] = { ...draft.events[1]!, date: "2020-08" };
    draft.events[2] = { ...draft.events[2]!, title: "A new title" };
    draft.events[3] = { ...draft.events[3]!, category: "diplomacy" };
    expect(changedEvents(draft)).toEqual([
      { id: draft.events[1]!.id, title: draft.events[1]!.title, date: true, text: false },
      { id: draft.events[2]!.id, title: "A new title", date: false, text: true },
    ]);
  });

  it("appends the notes written, sets updated, and starts again from the exported version", () => {
    const draft = withBaseline(published());
    const [first, second] = [draft.events[1]!.id, draft.events[2]!.id];
    draft.events[1] = { ...draft.events[1]!, date: "2020-08" };
    draft.events[2] = { ...draft.events[2]!, title: "A typo fixed" };
    const recorded = recordChanges(
      draft,
      { [first]: { kind: "correction", note: " The agreement was signed in August. " }, [second]: { kind: "update", note: "  " } },
      NOW,
    );
    expect(recorded.updated).toBe("2026-12-06T23:40:05Z");
    expect(recorded.events[1]!.updates).toEqual([
      { date: "2026-12-06T23:40:05Z", kind: "correction", note: "The agreement was signed in August." },
    ]);
    // A typo fix may pass without a note.
    expect(recorded.events[2]!.updates).toBeUndefined();
    expect(changedEvents(recorded)).toEqual([]);
    expect(withoutBaseline(recorded)).not.toHaveProperty("publishedBaseline");
  });

  it("sets updated when an event is only added or removed", () => {
    const draft = withBaseline(published());
    draft.events.pop();
    expect(recordChanges(draft, {}, NOW).updated).toBe("2026-12-06T23:40:05Z");
  });

  it("records nothing for a draft that did not start from the published timeline", () => {
    const draft = published();
    draft.events[1] = { ...draft.events[1]!, date: "2020-08" };
    expect(changedEvents(draft)).toEqual([]);
    expect(recordChanges(draft, {}, NOW)).toBe(draft);
  });
});
