import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beyondDates, DEEPEST_YEAR, formatDeepYear, scaleFor, timeToYear, yearToTime } from "./deepTime";

const deepYear = fc.integer({ min: -DEEPEST_YEAR, max: DEEPEST_YEAR });

describe("deep time's scale", () => {
  it("is 1 for years a date holds, else the least power of ten that brings the farthest within reach", () => {
    expect([2024, -271_820, 275_758].map(scaleFor)).toEqual([1, 1, 1]);
    expect(scaleFor(-13_800_000_000)).toBe(1_000_000);
    expect(scaleFor(-300_000)).toBe(10);
    expect(scaleFor(-3_000_000)).toBe(100);
    fc.assert(
      fc.property(deepYear, (year) => {
        const scale = scaleFor(year);
        expect(Math.abs(year) / scale).toBeLessThanOrEqual(100_000);
        expect(scale > 1).toBe(beyondDates(year));
        expect(Number.isNaN(new Date(yearToTime(year, scale)).getTime())).toBe(false);
      }),
    );
  });

  it("keeps years in order, and a year's place gives the year back", () => {
    fc.assert(
      fc.property(deepYear, deepYear, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, fraction) => {
        const scale = Math.max(scaleFor(a), scaleFor(b));
        if (a < b) expect(yearToTime(a, scale)).toBeLessThan(yearToTime(b, scale));
        const year = a + fraction;
        // Within a millisecond of the drawn year, whatever the scale.
        expect(Math.abs(timeToYear(yearToTime(year, scale), scale) - year)).toBeLessThanOrEqual(scale * 1e-9 + 1e-9 * Math.abs(year));
      }),
    );
  });

  it("puts each whole drawn year on its first of January, where the axis has its ticks", () => {
    const time = new Date(yearToTime(-4_000_000_000, 1_000_000));
    expect([time.getFullYear(), time.getMonth(), time.getDate(), time.getHours()]).toEqual([-4_000, 0, 1, 0]);
    expect(timeToYear(time.getTime(), 1_000_000)).toBe(-4_000_000_000);
  });

  it("leaves a timeline within a date's years where it was", () => {
    fc.assert(
      fc.property(fc.integer({ min: -271_000, max: 275_000 }), (year) => {
        const start = new Date(2000, 0, 1);
        start.setFullYear(year, 0, 1);
        expect(yearToTime(year, 1)).toBe(start.getTime());
      }),
    );
  });
});

describe("formatDeepYear", () => {
  it("writes millions and billions of years as years ago, in the reader's language and digits", () => {
    expect(formatDeepYear(-13_800_000_000, "en")).toBe("13.8 billion years ago");
    expect(formatDeepYear(-66_000_000, "en")).toBe("66 million years ago");
    expect(formatDeepYear(5_000_000_000, "en")).toBe("in 5 billion years");
    expect(formatDeepYear(-300_000, "en")).toBe("300,000 BCE");
    expect(formatDeepYear(0, "en")).toBe("0");
    expect(formatDeepYear(-66_000_000, "fa")).toBe("۶۶ میلیون سال پیش");
    expect(formatDeepYear(-300_000, "fa")).toBe("۳۰۰٬۰۰۰ پیش از میلاد");
    expect(formatDeepYear(-66_000_000, "ar")).toMatch(/^قبل (66|٦٦) مليون سنة$/);
  });

  it("never rounds a year away: what is written reads back as the year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: DEEPEST_YEAR }), (years) => {
        const [, number, unit] = /^([\d.]+) (million|billion|trillion) years ago$/.exec(formatDeepYear(-years, "en"))!;
        const factor = { million: 1e6, billion: 1e9, trillion: 1e12 }[unit!]!;
        expect(Math.round(Number(number) * factor)).toBe(years);
      }),
    );
  });
});
