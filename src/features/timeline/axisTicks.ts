import type { TimeWindow } from "./timeWindows";

export interface AxisTick {
  date: Date;
  x: number;
  precision: "year" | "month";
}

/** The least room, in pixels, between two labels of the first paint's axis. */
const LABEL_PX = 56;
/** Steps between ticks, in months: months, quarters, then years in a 1-2-5 series. */
const STEPS = [1, 3, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];
const MONTH_MS = 30.44 * 86_400_000;

/** Axis ticks for the first paint on a timeline `widthPx` wide: the finest step whose labels keep
 * `LABEL_PX` apart, each on a round date (January of a year divisible by the step in years). */
export function axisTicks(window: TimeWindow, widthPx: number): AxisTick[] {
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const pxPerMonth = (MONTH_MS / span) * Math.max(widthPx, 1);
  const step = STEPS.find((months) => months * pxPerMonth >= LABEL_PX) ?? STEPS.at(-1)!;
  const years = step / 12;
  const firstYear = years >= 1 ? Math.floor(window.start.getFullYear() / years) * years : window.start.getFullYear();
  const ticks: AxisTick[] = [];
  for (let month = 0; ; month += step) {
    const date = new Date(firstYear, month, 1);
    date.setFullYear(firstYear + Math.floor(month / 12));
    if (date.getTime() > start + span) break;
    if (date.getTime() >= start) {
      ticks.push({ date, x: ((date.getTime() - start) / span) * 100, precision: date.getMonth() === 0 && step >= 12 ? "year" : "month" });
    }
  }
  return ticks;
}
