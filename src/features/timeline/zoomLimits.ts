// How far out a reader may zoom and pan: as far as the dataset reaches, whatever its span (a few
// hours or hundreds of thousands of years), within what a JavaScript date can hold.
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { DAY_MS } from "../../lib/dates";
import { EARLIEST_TIME, fullWindow, LATEST_TIME, type TimeWindow } from "./timeWindows";
/** How far past its first and last events a reader can pan, at least. */
export const PAN_MARGIN_MS = 365 * DAY_MS;
/** The narrowest width a whole view is planned for: a narrower frame plans as this one (timeWindows). */
const NARROWEST_PX = 320;

const clampTime = (time: number) => Math.min(LATEST_TIME, Math.max(EARLIEST_TIME, time));

/** From the first event's start to the last event's or period's end. */
function reach(index: DatasetIndex): TimeWindow {
  let first = index.events[0]?.date.start.getTime() ?? 0;
  let last = first;
  for (const event of index.events) last = Math.max(last, (event.end ?? event.date).end.getTime());
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

/** How far a reader may pan: the widest window around the dataset, and a margin, within the dates
 * a JavaScript date can hold. */
export function panBounds(index: DatasetIndex): TimeWindow {
  const { start, end } = reach(index);
  const margin = PAN_MARGIN_MS + zoomMaxFor(index);
  return { start: new Date(clampTime(start.getTime() - margin)), end: new Date(clampTime(end.getTime() + margin)) };
}
