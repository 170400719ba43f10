import type { TimeWindow } from "./timeWindows";
import { fewestLabels } from "./axisLabels";

export interface AxisTick {
  date: Date;
  x: number;
  precision: AxisPrecision;
}

export type AxisPrecision = "year" | "month" | "day" | "minute" | "second";

/** A step shorter than a day, as vis-timeline's `timeAxis` option names it. */
export interface TimeStep {
  scale: "second" | "minute" | "hour";
  step: number;
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
/** Steps within a day, vis-timeline's own (its TimeStep): seconds, minutes, hours. */
const TIME_STEPS: TimeStep[] = [
  ...[1, 5, 10, 15, 30].map((step) => ({ scale: "second" as const, step })),
  ...[1, 5, 10, 15, 30].map((step) => ({ scale: "minute" as const, step })),
  ...[1, 4, 12].map((step) => ({ scale: "hour" as const, step })),
];
const UNIT_MS = { second: 1000, minute: 60_000, hour: 3_600_000 } as const;
/** The least room between two labels of seconds ("17:17:30" is longer than a day's "14 Oct"). */
const SECONDS_LABEL_PX = 80;

/** The step within a day between the labels of an axis `widthPx` wide over `spanMs`, on a window
 * shorter than a day (a story of minutes or seconds); `null` on a day or longer, where days,
 * months and years are marked. The live axis is given the same (vis-timeline's `timeAxis`). */
export function timeStepFor(spanMs: number, widthPx: number, labelPx = LABEL_PX): TimeStep | null {
  if (!(spanMs < DAY_MS)) return null;
  const pxPerMs = Math.max(widthPx, 1) / spanMs;
  const room = (step: TimeStep) => Math.max(labelPx, step.scale === "second" ? SECONDS_LABEL_PX : LABEL_PX);
  return TIME_STEPS.find((step) => step.step * UNIT_MS[step.scale] * pxPerMs >= room(step)) ?? null;
}
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
  const timeStep = timeStepFor(span, widthPx, labelPx);
  if (timeStep) return timeTicks(window, timeStep);
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

/** Times `step` apart within the window, on round ones (the minutes of a 15-minute step on the
 * quarter hours), as vis-timeline places them. */
function timeTicks(window: TimeWindow, { scale, step }: TimeStep): AxisTick[] {
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const date = new Date(window.start);
  if (scale === "hour") date.setHours(date.getHours() - (date.getHours() % step), 0, 0, 0);
  else if (scale === "minute") date.setMinutes(date.getMinutes() - (date.getMinutes() % step), 0, 0);
  else date.setSeconds(date.getSeconds() - (date.getSeconds() % step), 0);
  const ticks: AxisTick[] = [];
  const precision = scale === "second" ? "second" : "minute";
  for (let time = date.getTime(); time <= start + span; time += step * UNIT_MS[scale]) {
    if (time >= start) ticks.push({ date: new Date(time), x: ((time - start) / span) * 100, precision });
  }
  return ticks;
}
