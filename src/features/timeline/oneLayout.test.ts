import { describe, expect, it } from "vitest";
import { DataSet } from "vis-data/esnext";
import type { Timeline } from "vis-timeline/esnext";
import { inOneLayout } from "./oneLayout";

/** A stand-in for vis-timeline's Timeline: its ItemSet lays out on each DataSet event it hears,
 * as vis-timeline's does; the Timeline's own redraw is counted. */
function fakeTimeline(drawn: boolean) {
  const items = new DataSet<{ id: string; lane: number }>([
    { id: "a", lane: 0 },
    { id: "b", lane: 1 },
  ]);
  const counts = { layouts: 0, redraws: 0 };
  class ItemSet {
    initialItemSetDrawn = drawn;
    redraw() {
      counts.layouts++;
      return false;
    }
  }
  const itemSet = new ItemSet();
  items.on("add", () => itemSet.redraw());
  items.on("update", () => itemSet.redraw());
  items.on("remove", () => itemSet.redraw());
  const timeline = { itemSet, redraw: () => counts.redraws++ } as unknown as Timeline;
  return { items, counts, itemSet, timeline };
}

describe("inOneLayout", () => {
  it("hands a removal, an addition and an update over without a layout each, asking one redraw", () => {
    const { items, counts, itemSet, timeline } = fakeTimeline(true);
    inOneLayout(timeline, () => {
      items.remove(["a"]);
      items.update([
        { id: "b", lane: 0 },
        { id: "c", lane: 1 },
      ]);
    });
    expect(counts).toEqual({ layouts: 0, redraws: 1 });
    expect(items.getIds()).toEqual(["b", "c"]);
    // The ItemSet lays out again on later changes.
    expect(Object.prototype.hasOwnProperty.call(itemSet, "redraw")).toBe(false);
    items.remove(["b"]);
    expect(counts.layouts).toBe(1);
  });

  it("leaves the changes as they are before the ItemSet's first draw, and with no timeline", () => {
    const { items, counts, timeline } = fakeTimeline(false);
    inOneLayout(timeline, () => {
      items.remove(["a"]);
      items.update([{ id: "c", lane: 1 }]);
    });
    expect(counts).toEqual({ layouts: 2, redraws: 0 });
    let ran = false;
    inOneLayout(undefined, () => (ran = true));
    expect(ran).toBe(true);
  });

  it("restores the ItemSet's redraw when a change throws", () => {
    const { items, counts, itemSet, timeline } = fakeTimeline(true);
    expect(() =>
      inOneLayout(timeline, () => {
        throw new Error("bad item");
      }),
    ).toThrow("bad item");
    items.remove(["a"]);
    expect(counts.layouts).toBe(1);
    expect(Object.prototype.hasOwnProperty.call(itemSet, "redraw")).toBe(false);
  });
});
