import { describe, expect, it } from "vitest";
import { ITEM_BOX } from "./itemBox";
import { previewLayout } from "./previewLayout";

const at = (id: string, date: string) => ({
  id,
  date: { start: new Date(date), end: new Date(date), text: date, precision: "day" as const },
});
const yearWindow = { start: new Date("2024-01-01"), end: new Date("2025-01-01") };

describe("previewLayout", () => {
  it("places each event at its date's share of the window", () => {
    const [item] = previewLayout([at("mid", "2024-07-02")] as never, yearWindow, 1000, null);
    expect(item!.x).toBeCloseTo(50, 0);
    expect(item!.lane).toBe(0);
  });

  it("stacks boxes that would overlap, and keeps apart ones on the same row", () => {
    const items = previewLayout([at("a", "2024-03-01"), at("b", "2024-03-05"), at("c", "2024-11-01")] as never, yearWindow, 1000, null);
    expect(items.map((i) => [i.event.id, i.lane])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
  });

  it("leaves out what is outside the window or beyond the last row, never the selected event", () => {
    const crowd = Array.from({ length: ITEM_BOX.maxLanes + 3 }, (_, i) => at(`e${i}`, `2024-06-${String(i + 1).padStart(2, "0")}`));
    const items = previewLayout([at("before", "2023-06-01"), ...crowd] as never, yearWindow, 1000, "e7");
    expect(items.some((i) => i.event.id === "before")).toBe(false);
    expect(items).toHaveLength(ITEM_BOX.maxLanes);
    expect(items[0]).toMatchObject({ event: { id: "e7" }, lane: 0 });
  });
});
