import { describe, expect, it } from "vitest";
import { blankDataset } from "./draftEdits";
import { DRAFT_MESSAGE, DRAWN_MESSAGE, isDraftMessage, isDrawnMessage, isReadyMessage, READY_MESSAGE } from "./previewProtocol";

describe("the studio's preview protocol", () => {
  it("takes its own messages", () => {
    expect(isReadyMessage({ type: READY_MESSAGE })).toBe(true);
    const message = { type: DRAFT_MESSAGE, draftKey: "k", editingEventId: null, untitled: "U" };
    expect(isDraftMessage({ ...message, dataset: blankDataset(), slices: null })).toBe(true);
    const slices = { head: "{}", events: ["[]"], sources: [], periods: null };
    expect(isDraftMessage({ ...message, dataset: null, slices })).toBe(true);
    expect(isDrawnMessage({ type: DRAWN_MESSAGE, events: 3, leftOut: [], leftOutCount: 0 })).toBe(true);
    expect(isDrawnMessage({ type: DRAWN_MESSAGE, events: null, leftOut: [], leftOutCount: 0 })).toBe(true);
  });

  it("refuses anything else, whatever its type says", () => {
    for (const data of [null, "studio:ready", 3, [], { type: "timeline:select" }]) {
      expect(isReadyMessage(data) || isDraftMessage(data) || isDrawnMessage(data)).toBe(false);
    }
    expect(isDraftMessage({ type: DRAFT_MESSAGE, dataset: blankDataset(), editingEventId: null })).toBe(false);
    expect(isDraftMessage({ type: DRAFT_MESSAGE, draftKey: "k", dataset: null, editingEventId: null, untitled: "U" })).toBe(false);
    expect(isDraftMessage({ type: DRAFT_MESSAGE, draftKey: "k", dataset: {}, slices: null, editingEventId: 3, untitled: "U" })).toBe(false);
    const badSlices = { head: "{}", events: [3], sources: [], periods: null };
    expect(
      isDraftMessage({ type: DRAFT_MESSAGE, draftKey: "k", dataset: null, slices: badSlices, editingEventId: null, untitled: "U" }),
    ).toBe(false);
    expect(isDrawnMessage({ type: DRAWN_MESSAGE, events: "3", leftOut: [], leftOutCount: 0 })).toBe(false);
    expect(isDrawnMessage({ type: DRAWN_MESSAGE, events: 3 })).toBe(false);
  });
});
