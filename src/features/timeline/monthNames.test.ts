import moment from "moment";
import { describe, expect, it } from "vitest";
import { formatAxisTick, formatDateText } from "../../lib/dates";
import { axisFormat } from "./axisLabels";
import "./visOptions";

type LabelFormat = (date: moment.Moment, scale: string, step: number) => string;
const MONTHS = Array.from({ length: 12 }, (_, i) => i);

// The boxes, the detail, the list, the first paint and the prerendered pages write dates with
// date-fns (src/lib/dates.ts); vis-timeline's axis with moment. One screen, one set of names and digits.
describe.each(["fa", "ar"] as const)("month names in %s", (lang) => {
  const { minorLabels, majorLabels } = axisFormat(lang) as unknown as { minorLabels: LabelFormat; majorLabels: LabelFormat };

  it.each(MONTHS)("month %i is named alike on the axis and in the text", (month) => {
    const date = new Date(2024, month, 12, 10, 0);
    const at = moment(date).locale(lang);
    const day = `2024-${String(month + 1).padStart(2, "0")}-12`;
    // The axis at the scale of months ("آوریل"), of days ("آوریل ۲۰۲۴" above "۱۲"), of hours.
    expect(formatAxisTick(date, "month", lang).split(" ")[0]).toBe(minorLabels(at, "month", 1));
    expect(formatDateText(day.slice(0, 7), lang)).toBe(majorLabels(at, "day", 1));
    expect(formatDateText(day, lang)).toBe(`${minorLabels(at, "day", 1)} ${majorLabels(at, "day", 1)}`);
    expect(formatAxisTick(date, "day", lang)).toBe(`${minorLabels(at, "day", 1)} ${minorLabels(at, "month", 1)}`);
  });
});
