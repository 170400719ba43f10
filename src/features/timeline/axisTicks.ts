import type { TimeWindow } from "./timeWindows";
import { DAY_MS } from "../../lib/dates";

export interface AxisTick {
  date: Date;
  x: number;
  precision: "year" | "month";
}

/** Axis ticks for the static preview: years over long windows, quarters or months over short ones. */
export function axisTicks(window: TimeWindow): AxisTick[] {
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const years = span / (365.25 * DAY_MS);
  const monthStep = years >= 2.5 ? 12 : years >= 0.75 ? 3 : 1;
  const first = new Date(window.start.getFullYear(), 0, 1);
  const ticks: AxisTick[] = [];
  for (let month = 0; ; month += monthStep) {
    const date = new Date(first.getFullYear(), month, 1);
    if (date.getTime() > start + span) break;
    if (date.getTime() >= start) {
      ticks.push({
        date,
        x: ((date.getTime() - start) / span) * 100,
        precision: date.getMonth() === 0 && monthStep === 12 ? "year" : "month",
      });
    }
  }
  return ticks;
}
