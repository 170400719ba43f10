import { describe, expect, it } from "vitest";
import { blankDataset } from "./draftEdits";
import type { DraftDataset } from "./draftStore";
import { startSync } from "./draftSync";
import { record, startHistory, undo } from "./history";
import { catchUp, changedHere, fromOtherTab, readMessage, type Synced } from "./tabSync";

const start = (tab: string): Synced => ({
  key: "d",
  history: startHistory(blankDataset()),
  tab,
  sync: startSync(),
  outbox: [],
  overwritten: [],
});
const typed = (state: Synced, field: "title" | "description", value: string, at: number) =>
  changedHere(state, record(state.history, { ...state.history.present, [field]: value }, field, at), at);

describe("the draft shared by tabs", () => {
  it("sends each change made here, and takes the other tab's, naming a field of this tab's it replaced", () => {
    let a = typed(start("a"), "title", "A", 10);
    let b = typed(start("b"), "title", "B", 20);
    b = typed(b, "description", "from B", 21);
    expect(a.outbox.flatMap((batch) => batch.writes.map((w) => w.path))).toEqual([["title"]]);
    a = fromOtherTab(
      a,
      b.outbox.flatMap((batch) => batch.writes),
    );
    expect([a.history.present.title, a.history.present.description]).toEqual(["B", "from B"]);
    expect(a.overwritten).toEqual([["title"]]);
    // Not sent back.
    expect(a.outbox).toHaveLength(1);
  });

  it("undo takes back this tab's change and leaves the other tab's", () => {
    let a = typed(start("a"), "title", "mine", 10);
    a = fromOtherTab(
      a,
      typed(start("b"), "description", "theirs", 20).outbox.flatMap((batch) => batch.writes),
    );
    a = changedHere(a, undo(a.history), 30, true);
    expect([a.history.present.title, a.history.present.description]).toEqual(["", "theirs"]);
    // What it sends: the title only.
    expect(a.outbox.at(-1)!.writes.map((w) => w.path)).toEqual([["title"]]);
  });

  it("catches up with another tab's save, never over a change made here", () => {
    const a = typed(start("a"), "title", "mine", 10);
    const saved: DraftDataset = { ...blankDataset(), title: "stale", description: "slept through" };
    const caught = catchUp(a, { key: "d", dataset: saved, publishArticles: false, savedAt: 50, savedBy: "b" });
    expect([caught.history.present.title, caught.history.present.description]).toEqual(["mine", "slept through"]);
    // Its own save, or another draft's: nothing to catch up with.
    expect(catchUp(a, { key: "d", dataset: saved, publishArticles: false, savedAt: 50, savedBy: "a" })).toBe(a);
    expect(catchUp(a, { key: "e", dataset: saved, publishArticles: false, savedAt: 50, savedBy: "b" })).toBe(a);
  });

  it("reads only messages of the right shape", () => {
    const message = { key: "d", writes: [{ path: ["title"], value: "x", at: 1, tab: "b" }] };
    expect(readMessage(message)).toEqual(message);
    for (const bad of [
      null,
      "x",
      { key: 1, writes: [] },
      { key: "d", writes: [{ path: "title", at: 1, tab: "b" }] },
      { key: "d", writes: [null] },
    ]) {
      expect(readMessage(bad)).toBeNull();
    }
  });
});
