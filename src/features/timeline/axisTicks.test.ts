import { describe, expect, it } from "vitest";
import { axisTicks } from "./axisTicks";

describe("axisTicks", () => {
  it("marks years over a long window and months over a short one", () => {
    const years = axisTicks({ start: new Date(2019, 10, 1), end: new Date(2025, 1, 1) }, 716);
    expect(years.map((t) => t.date.getFullYear())).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(years.every((t) => t.precision === "year" && t.x > 0 && t.x < 100)).toBe(true);
    const months = axisTicks({ start: new Date(2024, 2, 15), end: new Date(2024, 6, 15) }, 716);
    expect(months.map((t) => t.date.getMonth())).toEqual([3, 4, 5, 6]);
  });

  it("keeps its labels apart on a narrow timeline, on round years", () => {
    const window = { start: new Date(2014, 6, 1), end: new Date(2028, 6, 1) };
    const ticks = axisTicks(window, 270);
    const pxApart = ((ticks[1]!.x - ticks[0]!.x) / 100) * 270;
    expect(pxApart).toBeGreaterThanOrEqual(56);
    expect(ticks.map((t) => t.date.getFullYear())).toEqual([2015, 2020, 2025]);
  });
});
