import moment from "moment";
import { describe, expect, it } from "vitest";
import { axisFormat, axisLabelChars, yearStepFor } from "./axisLabels";
import "./visOptions";
import { formatAxisTick } from "../../lib/dates";

const YEAR = 365.25 * 86_400_000;
/** A moment at January 1st of `year` (a negative year is before the common era), in `locale`. */
const yearStart = (year: number, locale = "en") => {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year);
  return moment(date).locale(locale);
};
type LabelFormat = (date: moment.Moment, scale: string, step: number) => string;
const labels = (lang: "en" | "fa" | "ar") => axisFormat(lang) as unknown as { minorLabels: LabelFormat; majorLabels: LabelFormat };

describe("axisFormat", () => {
  const { minorLabels, majorLabels } = labels("en");

  it("labels centuries and millennia by their year, those before the common era as BCE", () => {
    expect(minorLabels(yearStart(1100), "year", 100)).toBe("1100");
    expect(minorLabels(yearStart(-500), "year", 500)).toBe("500 BCE");
    expect(minorLabels(yearStart(-3000), "year", 1000)).toBe("3000 BCE");
    expect(minorLabels(yearStart(12000), "year", 1000)).toBe("12000");
    expect(majorLabels(yearStart(-3000), "year", 1000)).toBe("");
  });

  it("names the year of months and days as it names years", () => {
    expect(minorLabels(yearStart(-44).month(2), "month", 1)).toBe("Mar");
    expect(majorLabels(yearStart(-44), "month", 1)).toBe("44 BCE");
    expect(majorLabels(yearStart(1066).month(9), "day", 1)).toBe("October 1066");
    expect(minorLabels(yearStart(2024).hour(14), "hour", 1)).toBe("14:00");
  });

  it("labels seconds with their time of day, as the first paint does, and their day once", () => {
    const at = moment(new Date(2014, 5, 18, 17, 17, 30)).locale("en");
    expect(minorLabels(at, "second", 5)).toBe(formatAxisTick(at.toDate(), "second"));
    expect(minorLabels(at, "second", 5)).toBe("17:17:30");
    expect(majorLabels(at, "second", 5)).toBe("Wed 18 June");
  });

  it("writes years before the common era in Persian and Arabic, in the digits of the rest of the axis", () => {
    expect(labels("fa").minorLabels(yearStart(-500, "fa"), "year", 100)).toBe("۵۰۰ پیش از میلاد");
    expect(labels("ar").minorLabels(yearStart(-500, "ar"), "year", 100)).toBe("500 ق.م");
  });
});

describe("yearStepFor", () => {
  it("leaves vis-timeline's own steps where they keep labels apart", () => {
    expect(yearStepFor(400 * YEAR, 700)).toBeNull();
    expect(yearStepFor(5000 * YEAR, 700)).toBeNull();
  });

  it("spaces the labels of tens of thousands of years by round steps", () => {
    const step = yearStepFor(210_000 * YEAR, 700)!;
    expect([10_000, 20_000, 50_000]).toContain(step);
    // At least a label's width apart.
    expect((step / 210_000) * 700).toBeGreaterThanOrEqual(90);
    expect(yearStepFor(540_000 * YEAR, 320)).toBe(200_000);
    // Deep time drawn at a scale of 100,000 (4.5 billion years, 45,000 drawn) on a phone: two labels
    // 20,000 drawn years apart (2 billion years), not one 50,000 apart, which leaves "0" alone.
    expect(yearStepFor(46_000 * YEAR, 343, 168)).toBe(20_000);
  });
});

describe("axisLabelChars", () => {
  it("makes room for the earliest year's label before the common era, in each language", () => {
    expect(axisLabelChars(1066, "fa")).toBe(7);
    expect(axisLabelChars(-3000, "en")).toBe("3000 BCE".length + 1);
    expect(axisLabelChars(-3000, "fa")).toBeGreaterThan(axisLabelChars(-3000, "en"));
  });

  it("counts a Persian label by its width, not its characters: its joined letters and digits are narrow", () => {
    // "۵۰۰ پیش از میلاد": 16 characters, about 11 of vis-timeline's "0" wide in Chromium.
    expect(axisLabelChars(-500, "fa")).toBe(12);
    expect(axisLabelChars(-500, "ar")).toBe(7);
  });
});
