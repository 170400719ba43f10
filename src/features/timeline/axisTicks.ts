import type { TimeWindow } from "./timeWindows";
import { fewestLabels } from "./axisLabels";

export interface AxisTick {
  date: Date;
  x: number;
  precision: "year" | "month" | "day";
}

/** The least room, in pixels, between two labels of the first paint's axis. */
const LABEL_PX = 56;
/** The least room between two labels of tens of thousands of years ("120000 BCE"). */
const LONG_YEAR_LABEL_PX = 90;
/** Steps between ticks in days (vis-timeline's one or two, and a week, which the live axis is given
 * where two days would crowd: weekStepFits), then in months: months, quarters, then years in a 1-2-5
 * series, from a year to a hundred thousand years. */
const DAY_STEPS = [1, 2, 7];
const MONTH_STEPS = [1, 3, ...[1, 10, 100, 1000, 10_000, 100_000].flatMap((years) => [12 * years, 24 * years, 60 * years])];
const DAY_MS = 86_400_000;
const MONTH_MS = 30.44 * DAY_MS;

/** Whether an axis `widthPx` wide over `spanMs` labels every seventh day: two days' labels would be
 * closer than `labelPx`, a week's are not (a week's story on a phone, which would otherwise have no
 * label between its month's first and the next). */
export function weekStepFits(spanMs: number, widthPx: number, labelPx = LABEL_PX): boolean {
  const dayPx = (Math.max(widthPx, 1) / spanMs) * DAY_MS;
  return 2 * dayPx < labelPx && 7 * dayPx >= labelPx;
}

/** Axis ticks for the first paint on a timeline `widthPx` wide: the finest step whose labels keep
 * `labelPx` (at least `LABEL_PX`) apart, each on a round date (midnight; the first of a month; January of a year
 * divisible by the step in years). */
export function axisTicks(window: TimeWindow, widthPx: number, labelPx = LABEL_PX): AxisTick[] {
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const pxPerMs = Math.max(widthPx, 1) / span;
  const dayStep = DAY_STEPS.find((days) => days * DAY_MS * pxPerMs >= labelPx);
  if (dayStep) return dayTicks(window, dayStep);
  const room = (months: number) => Math.max(labelPx, months >= 120_000 ? LONG_YEAR_LABEL_PX : LABEL_PX);
  const at = MONTH_STEPS.findIndex((months) => months * MONTH_MS * pxPerMs >= room(months));
  const wide = at < 0 ? MONTH_STEPS.at(-1)! : MONTH_STEPS[at]!;
  const least = (months: number) => room(months) / (MONTH_MS * pxPerMs);
  // As the live axis (fewestLabels): a step all but wide enough rather than one label alone.
  const step = at > 0 && wide >= 120_000 ? fewestLabels(wide, MONTH_STEPS[at - 1]!, least(wide), span / MONTH_MS) : wide;
  const years = step / 12;
  const firstYear = years >= 1 ? Math.floor(window.start.getFullYear() / years) * years : window.start.getFullYear();
  const ticks: AxisTick[] = [];
  for (let month = 0; ; month += step) {
    const date = new Date(2000, month % 12, 1);
    date.setFullYear(firstYear + Math.floor(month / 12));
    if (!(date.getTime() <= start + span)) break;
    if (date.getTime() >= start) {
      ticks.push({ date, x: ((date.getTime() - start) / span) * 100, precision: date.getMonth() === 0 && step >= 12 ? "year" : "month" });
    }
  }
  return ticks;
}

/** Midnights `days` apart, counted from each month's first day (none on the 29th or later, which
 * would crowd the next month's first). */
function dayTicks(window: TimeWindow, days: number): AxisTick[] {
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const ticks: AxisTick[] = [];
  const date = new Date(window.start);
  date.setHours(0, 0, 0, 0);
  while (date.getTime() <= start + span) {
    const day = date.getDate();
    const onStep = (day - 1) % days === 0 && (days === 1 || day + days <= 29 || day === 1);
    if (date.getTime() >= start && onStep) {
      ticks.push({ date: new Date(date), x: ((date.getTime() - start) / span) * 100, precision: day === 1 ? "month" : "day" });
    }
    date.setDate(day + 1);
  }
  return ticks;
}
