// How far out a reader may zoom and pan: as far as the dataset reaches, whatever its span (a few
// hours or hundreds of thousands of years), within what a JavaScript date can hold.
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { extentOf } from "../../dataset/eventsSummary";
import { timeScaleOf } from "../../dataset/timeScale";
import { DAY_MS } from "../../lib/dates";
import { EARLIEST_TIME, fullWindow, LATEST_TIME, type TimeWindow } from "./timeWindows";
/** How far past its first and last events a reader can pan, at least. */
export const PAN_MARGIN_MS = 365 * DAY_MS;
/** The narrowest width a whole view is planned for: a narrower frame plans as this one (timeWindows). */
const NARROWEST_PX = 320;

const clampTime = (time: number) => Math.min(LATEST_TIME, Math.max(EARLIEST_TIME, time));

/** From the first event's start to the last event's or period's end (the events' from the summary
 * their index gathered: no event is read here). */
function reach(index: DatasetIndex): TimeWindow {
  const summary = extentOf(index.events);
  let first = summary.count ? summary.firstStart : 0;
  let last = summary.count ? Math.max(first, summary.lastEnd) : first;
  for (const period of index.dataset.periods) {
    first = Math.min(first, period.start.start.getTime());
    last = Math.max(last, (period.end ?? period.start).end.getTime());
  }
  return { start: new Date(first), end: new Date(last) };
}

/** The widest window, in milliseconds, a reader may zoom out to: the dataset's whole view on the
 * narrowest frame, with room for the widening that keeps boxes whole (wholeView's widest, four
 * times the dataset's span), and for any period's band. Never less than a week, never more than a
 * date can hold. */
export function zoomMaxFor(index: DatasetIndex): number {
  const { start, end } = reach(index);
  const span = end.getTime() - start.getTime();
  const whole = fullWindow(index.events, NARROWEST_PX);
  const wholeSpan = Math.max(whole.end.getTime(), end.getTime()) - Math.min(whole.start.getTime(), start.getTime());
  return Math.min(LATEST_TIME - EARLIEST_TIME, Math.max(7 * DAY_MS, 4 * span, 1.6 * wholeSpan));
}

/** Drawn years in the narrowest window of a timeline of deep time: its axis keeps to whole drawn
 * years (each labelled with the round number of years it stands for), never months. */
const DEEP_ZOOM_MIN_YEARS = 40;

/** The narrowest window, in milliseconds, a reader may zoom in to: ten minutes where any event
 * carries a time of day (a few hours' events can then fill the frame, and be told apart); else a
 * week, or the dataset's reach where that is shorter (a one-day story opens on two or three days,
 * which vis-timeline must not hold wider than the first paint drew them: a whole view is never
 * narrower than the reach), and at least a day; on a timeline of deep time, some drawn years. */
export function zoomMinFor(index: DatasetIndex): number {
  if (timeScaleOf(index.dataset) !== 1) return DEEP_ZOOM_MIN_YEARS * 365.25 * DAY_MS;
  if (extentOf(index.events).finest === "timed") return 10 * 60_000;
  const { start, end } = reach(index);
  return Math.min(7 * DAY_MS, Math.max(DAY_MS, end.getTime() - start.getTime()));
}

/** How far a reader may pan: the widest window around the dataset, and a margin, within the dates
 * a JavaScript date can hold. */
export function panBounds(index: DatasetIndex): TimeWindow {
  const { start, end } = reach(index);
  const margin = PAN_MARGIN_MS + zoomMaxFor(index);
  return { start: new Date(clampTime(start.getTime() - margin)), end: new Date(clampTime(end.getTime() + margin)) };
}

/** What of vis-timeline's Range this reaches into: the two ways every window goes in. */
interface RangeInternals {
  setRange: (start: unknown, end: unknown, ...rest: unknown[]) => unknown;
  _applyRange: (start: unknown, end: unknown) => boolean;
}

/** vis-timeline turns each window it works out (a zoom out, a drag, a pinch) into dates before it
 * holds them to its bounds, and throws on one past the dates a JavaScript date can hold: near
 * either end of them, one zoom out would. Its windows are kept within those dates as they go in. */
export function keepWithinDates(timeline: object): void {
  const range = (timeline as { range: RangeInternals }).range;
  const within = (value: unknown) => {
    const time = value instanceof Date ? value.getTime() : typeof value === "number" ? value : NaN;
    return Number.isNaN(time) ? value : clampTime(time);
  };
  const [setRange, applyRange] = [range.setRange.bind(range), range._applyRange.bind(range)];
  range.setRange = (start, end, ...rest) => setRange(within(start), within(end), ...rest);
  range._applyRange = (start, end) => applyRange(within(start), within(end));
}
