import type { TimelineEvent } from "../dataset/schema";
import { ITEM_BOX } from "./itemBox";
import { LARGE_DATASET, type TimeWindow } from "./timeWindows";

/** Events too close together to draw apart at this zoom, drawn as one count. */
export interface Crowd {
  id: string;
  start: Date;
  end: Date;
  /** The events in it (the selected one, drawn on its own, not counted). */
  count: number;
  /** Its first event's place in the list it was counted from. */
  first: number;
  /** Whether zooming in could draw them apart: not when they all share one moment. */
  separable: boolean;
}

/** What the timeline is handed for a window: the events drawn as boxes, and the crowds. */
export interface WindowContents {
  events: TimelineEvent[];
  crowds: Crowd[];
  /** Equal keys, equal contents (for the same events and selection): nothing to hand over. */
  key: string;
}

/** A stretch of this many pixels holding more than `CROWD_FROM` events is a crowd. */
const BUCKET_PX = ITEM_BOX.width + ITEM_BOX.gap;
const CROWD_FROM = 3;
/** At most this many ranges that began before the window and reach into it are drawn. */
const MAX_EARLIER_RANGES = 50;

/** The first position in `events` (date order) whose start is at or after `time`. */
export function firstFrom(events: readonly TimelineEvent[], time: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (events[mid]!.date.start.getTime() < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The longest range among `events`, in milliseconds: how far back an event can start and still
 * reach a window. */
export function longestRange(events: readonly TimelineEvent[]): number {
  let longest = 0;
  for (const event of events) if (event.end) longest = Math.max(longest, event.end.end.getTime() - event.date.start.getTime());
  return longest;
}

/** What to draw for `window` on a timeline `widthPx` wide. A small list is drawn whole. A large
 * one is cut to the window and a window's width either side (so a pan finds its boxes drawn),
 * counted on a grid of stretches about a box wide, fixed for the zoom level (a pan moves the
 * window over the grid, never the grid); a stretch with a crowd is drawn as its count. The
 * selected event is always drawn on its own. The work is a few binary searches per stretch:
 * independent of how many events there are. */
export function windowContents(
  events: readonly TimelineEvent[],
  window: TimeWindow,
  widthPx: number,
  selected: TimelineEvent | null,
  longest: number,
): WindowContents {
  if (events.length <= LARGE_DATASET) return { events: [...events], crowds: [], key: "all" };
  const start = window.start.getTime();
  const span = Math.max(window.end.getTime() - start, 1);
  const level = Math.max(0, Math.ceil(Math.log2(((span / Math.max(widthPx, 1)) * BUCKET_PX) / 1000)));
  const bucket = 2 ** level * 1000;
  const [first, last] = [Math.floor((start - span) / bucket), Math.floor((start + 2 * span) / bucket)];
  const shown: TimelineEvent[] = [];
  const crowds: Crowd[] = [];
  // Ranges that began before the first stretch and still run into it.
  const reachStart = first * bucket;
  const from = firstFrom(events, reachStart - longest);
  for (let i = firstFrom(events, reachStart) - 1; i >= from && shown.length < MAX_EARLIER_RANGES; i--) {
    const event = events[i]!;
    if (event.end && event.end.end.getTime() >= reachStart) shown.push(event);
  }
  const selectedAt = selected?.date.start.getTime() ?? NaN;
  for (let b = first, lo = firstFrom(events, reachStart); b <= last; b++) {
    const hi = firstFrom(events, (b + 1) * bucket);
    if (hi - lo < CROWD_FROM) {
      for (let i = lo; i < hi; i++) if (events[i] !== selected) shown.push(events[i]!);
    } else {
      const holdsSelected = selectedAt >= b * bucket && selectedAt < (b + 1) * bucket;
      const count = hi - lo - (holdsSelected ? 1 : 0);
      const separable = events[lo]!.date.start.getTime() !== events[hi - 1]!.date.start.getTime();
      crowds.push({ id: `crowd:${level}:${b}`, start: new Date(b * bucket), end: new Date((b + 1) * bucket), count, first: lo, separable });
    }
    lo = hi;
  }
  if (selected && !shown.includes(selected)) shown.push(selected);
  return { events: shown, crowds, key: `${level}:${first}:${last}:${selected?.id ?? ""}` };
}
