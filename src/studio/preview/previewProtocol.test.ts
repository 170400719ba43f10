import { describe, expect, it } from "vitest";
import { blankDataset } from "../draftEdits";
import {
  DRAFT_MESSAGE,
  DRAWN_MESSAGE,
  drawnFor,
  isDraftMessage,
  isDrawnMessage,
  isReadyFor,
  isReadyMessage,
  MAX_LEFT_OUT,
  READY_MESSAGE,
  readyMessage,
} from "./previewProtocol";

const leftOut = { path: "events[0]", kind: "events", name: "", problems: [{ path: "events[0].date", message: "no date" }] };
const drawn = { type: DRAWN_MESSAGE, draftKey: "k", events: 3, leftOut: [leftOut], leftOutCount: 1 };

describe("the studio's preview protocol", () => {
  it("takes its own messages", () => {
    expect(isReadyMessage(readyMessage("fa"))).toBe(true);
    expect(isReadyMessage(readyMessage(null))).toBe(true);
    const message = { type: DRAFT_MESSAGE, draftKey: "k", editingEventId: null, untitled: "U" };
    expect(isDraftMessage({ ...message, dataset: blankDataset(), preview: null })).toBe(true);
    const preview = { head: { title: "T" }, events: [new TextEncoder().encode("[]")], leftOut: [leftOut] };
    expect(isDraftMessage({ ...message, dataset: null, preview })).toBe(true);
    expect(isDraftMessage({ ...message, dataset: null, preview: { ...preview, head: null, events: [] } })).toBe(true);
    expect(isDrawnMessage(drawn)).toBe(true);
    expect(isDrawnMessage({ ...drawn, events: null, leftOut: [], leftOutCount: 0 })).toBe(true);
  });

  it("refuses anything else, whatever its type says", () => {
    for (const data of [null, "studio:ready", 3, [], { type: "timeline:select" }, { type: READY_MESSAGE, lang: 3 }]) {
      expect(isReadyMessage(data) || isDraftMessage(data) || isDrawnMessage(data)).toBe(false);
    }
    expect(isDraftMessage({ type: DRAFT_MESSAGE, dataset: blankDataset(), editingEventId: null })).toBe(false);
    expect(isDraftMessage({ type: DRAFT_MESSAGE, draftKey: "k", dataset: null, editingEventId: null, untitled: "U" })).toBe(false);
    expect(isDraftMessage({ type: DRAFT_MESSAGE, draftKey: "k", dataset: {}, preview: null, editingEventId: 3, untitled: "U" })).toBe(
      false,
    );
    const good = { head: null, events: [], leftOut: [] };
    for (const preview of [
      { ...good, events: [3] },
      { ...good, events: ["[]"] },
      { ...good, head: "{}" },
      { ...good, leftOut: [{}] },
    ]) {
      expect(isDraftMessage({ type: DRAFT_MESSAGE, draftKey: "k", dataset: null, preview, editingEventId: null, untitled: "U" })).toBe(
        false,
      );
    }
    expect(isDrawnMessage({ ...drawn, events: "3" })).toBe(false);
    expect(isDrawnMessage({ type: DRAWN_MESSAGE, draftKey: "k", events: 3 })).toBe(false);
  });

  it("checks a reply's every part before the studio shows it", () => {
    const noKey: Record<string, unknown> = { ...drawn };
    delete noKey.draftKey;
    expect(isDrawnMessage(noKey)).toBe(false);
    expect(isDrawnMessage({ ...drawn, leftOut: [{ ...leftOut, kind: "people" }] })).toBe(false);
    expect(isDrawnMessage({ ...drawn, leftOut: [{ ...leftOut, problems: [{ path: "x" }] }] })).toBe(false);
    expect(isDrawnMessage({ ...drawn, leftOut: ["events[0]"] })).toBe(false);
    expect(isDrawnMessage({ ...drawn, leftOutCount: 0 })).toBe(false);
    expect(isDrawnMessage({ ...drawn, leftOut: Array.from({ length: MAX_LEFT_OUT + 1 }, () => leftOut), leftOutCount: 99 })).toBe(false);
  });

  it("shows a reply only beside the draft it is about", () => {
    expect(drawnFor(drawn, "k")).toEqual(drawn);
    expect(drawnFor(drawn, "other")).toBeNull();
    expect(drawnFor({ type: READY_MESSAGE, lang: null }, "k")).toBeNull();
  });

  it("is ready only for the language the frame was last asked for", () => {
    expect(isReadyFor(null, "en")).toBe(false);
    expect(isReadyFor(readyMessage("en"), "en")).toBe(true);
    // The page being left says it listens after the switch to Persian: not the new page's word.
    expect(isReadyFor(readyMessage("en"), "fa")).toBe(false);
  });
});
