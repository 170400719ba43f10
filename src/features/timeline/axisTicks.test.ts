import { describe, expect, it } from "vitest";
import { axisTicks, weekStepFits } from "./axisTicks";

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

  const yearOf = (year: number, month = 0, day = 1) => {
    const date = new Date(2000, month, day);
    date.setFullYear(year);
    return date;
  };

  it("marks centuries over four centuries, and millennia over five", () => {
    const centuries = axisTicks({ start: yearOf(1040), end: yearOf(1480) }, 400);
    expect(centuries.map((t) => t.date.getFullYear())).toEqual([1100, 1200, 1300, 1400]);
    const millennia = axisTicks({ start: yearOf(-3300), end: yearOf(2300) }, 400);
    expect(millennia.map((t) => t.date.getFullYear())).toEqual([-3000, -2000, -1000, 0, 1000, 2000]);
    expect(millennia.every((t) => t.precision === "year")).toBe(true);
  });

  it("keeps the labels of tens of thousands of years apart, on round years", () => {
    const ticks = axisTicks({ start: yearOf(-240000), end: yearOf(30000) }, 718);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.every((t) => t.date.getFullYear() % 10_000 === 0)).toBe(true);
    expect(((ticks[1]!.x - ticks[0]!.x) / 100) * 718).toBeGreaterThanOrEqual(90);
  });

  it("marks days over a week, the first of a month by its month", () => {
    const ticks = axisTicks({ start: yearOf(2024, 4, 28), end: yearOf(2024, 5, 4) }, 718);
    expect(ticks.map((t) => t.date.getDate())).toEqual([28, 29, 30, 31, 1, 2, 3, 4]);
    expect(ticks.map((t) => t.precision)).toEqual(["day", "day", "day", "day", "month", "day", "day", "day"]);
  });
});

describe("a week's story on a phone", () => {
  const DAY = 86_400_000;
  it("labels every seventh day where two days' labels would crowd, on the first paint and the live axis alike", () => {
    const fortnight = { start: new Date(2024, 10, 3), end: new Date(2024, 10, 18) };
    expect(weekStepFits(15 * DAY, 338)).toBe(true);
    const ticks = axisTicks(fortnight, 338);
    expect(ticks.map((tick) => tick.date.getDate())).toEqual([8, 15]);
    // A wide frame has room for every day; a season's span for months.
    expect(weekStepFits(8 * DAY, 716)).toBe(false);
    expect(weekStepFits(120 * DAY, 338)).toBe(false);
  });
});

describe("axisTicks within a day", () => {
  it("labels an 80-second window in seconds, on round ones, apart", () => {
    const window = { start: new Date(2014, 5, 18, 17, 16, 50), end: new Date(2014, 5, 18, 17, 18, 10) };
    for (const width of [375, 1280]) {
      const ticks = axisTicks(window, width);
      expect(ticks.length, `${width} px`).toBeGreaterThanOrEqual(2);
      expect(ticks.every((t) => t.precision === "second" && t.date.getSeconds() % 5 === 0 && t.date.getMilliseconds() === 0)).toBe(true);
      expect(((ticks[1]!.x - ticks[0]!.x) / 100) * width).toBeGreaterThanOrEqual(80);
      expect(ticks.every((t) => t.x >= 0 && t.x <= 100)).toBe(true);
    }
  });

  it("labels an hour in minutes, and a day's window still in days", () => {
    const hour = axisTicks({ start: new Date(2014, 5, 18, 16, 40), end: new Date(2014, 5, 18, 17, 50) }, 375);
    expect(hour.length).toBeGreaterThanOrEqual(2);
    expect(hour.every((t) => t.precision === "minute" && t.date.getMinutes() % 5 === 0)).toBe(true);
    const days = axisTicks({ start: new Date(2024, 10, 10, 12), end: new Date(2024, 10, 13, 12) }, 375);
    expect(days.every((t) => t.precision === "day")).toBe(true);
  });
});
