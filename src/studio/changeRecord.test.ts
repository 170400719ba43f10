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
      { id: draft.events[1]!.id, title: draft.events[1]!.title, date: true, text: false, people: false },
      { id: draft.events[2]!.id, title: "A new title", date: false, text: true, people: false },
    ]);
  });

  it("lists an event whose people or other spellings changed: a person replaced is a factual change", () => {
    const draft = withBaseline(published());
    const [first, second] = [draft.events[1]!, draft.events[2]!];
    draft.events[1] = { ...first, actors: [...(first.actors ?? []).slice(1), "Someone Else"] };
    draft.events[2] = { ...second, aliases: [...(second.aliases ?? []), "Another spelling"] };
    expect(changedEvents(draft)).toEqual([
      { id: first.id, title: first.title, date: false, text: false, people: true },
      { id: second.id, title: second.title, date: false, text: false, people: true },
    ]);
    const recorded = recordChanges(draft, { [first.id]: { kind: "correction", note: "The envoy was Someone Else." } }, NOW);
    expect(recorded.events[1]!.updates).toEqual([
      { date: "2026-12-06T23:40:05Z", kind: "correction", note: "The envoy was Someone Else." },
    ]);
  });

  it("reads a baseline kept before people were part of it as the people unchanged", () => {
    const draft = withBaseline(published());
    const old = Object.fromEntries(
      Object.entries(draft.publishedBaseline!).map(([id, was]) => [id, was.split("\n").slice(0, 2).join("\n")]),
    );
    const first = draft.events[1]!;
    const kept: DraftDataset = { ...draft, publishedBaseline: old };
    kept.events[1] = { ...first, actors: ["Someone Else"] };
    expect(changedEvents(kept)).toEqual([]);
    kept.events[1] = { ...first, title: "A new title" };
    expect(changedEvents(kept)).toEqual([{ id: first.id, title: "A new title", date: false, text: true, people: false }]);
  });

  it("dates an event new to the published timeline, and the timeline's publication, at export", () => {
    const draft = withBaseline(published());
    const before = draft.updated;
    expect(before).toBeTruthy();
    draft.events.push({ ...draft.events[0]!, id: "a-new-event", title: "A new event" });
    const recorded = recordChanges(draft, {}, NOW);
    expect(recorded.events.at(-1)!.published).toBe("2026-12-06T23:40:05Z");
    // Those it held were published by its last `updated`; none is given a date of its own.
    expect(recorded.published).toBe(before);
    expect(recorded.events.slice(0, -1).every((event) => event.published === undefined)).toBe(true);
    expect(recorded.events.slice(0, -1).every((event, i) => event === draft.events[i])).toBe(true);
    // A later export keeps both.
    const again = recordChanges(
      { ...recorded, title: "Retitled", events: [...recorded.events, { ...draft.events[0]!, id: "later" }] },
      {},
      new Date("2027-01-01T00:00:00Z"),
    );
    expect(again.published).toBe(before);
    expect(again.events.find((event) => event.id === "a-new-event")!.published).toBe("2026-12-06T23:40:05Z");
    expect(again.events.at(-1)!.published).toBe("2027-01-01T00:00:00Z");
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
