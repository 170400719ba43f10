import type { DatasetIndex } from "../dataset/datasetIndex";
import type { Period, TimelineEvent } from "../dataset/schema";
import { ITEM_BOX } from "./itemBox";

const DAY = 24 * 60 * 60 * 1000;

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** The window showing every event whole. Item boxes are centred on their dates,
 * so each side needs room for half a box: in time, that depends on the width in pixels. */
export function fullWindow(events: readonly TimelineEvent[], widthPx: number, halfItemPx = ITEM_BOX.width / 2): TimeWindow {
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    first = Math.min(first, e.date.start.getTime());
    last = Math.max(last, (e.end ?? e.date).start.getTime());
  }
  const span = Math.max(last - first, 30 * DAY);
  // m px-per-ms ≥ halfItem with px-per-ms = width / (span + 2m)  ⇒  m ≥ halfItem·span / (width − 2·halfItem)
  // A hidden container (print, display:none) measures 0: plan for a narrow screen instead.
  const width = Math.max(widthPx, 320);
  const usable = Math.max(width - 2 * halfItemPx, width / 4);
  // Events closer together than `span` (one event, say) get centred in it.
  const pad = Math.max((halfItemPx * span) / usable, 15 * DAY) + (span - (last - first)) / 2;
  return { start: new Date(first - pad), end: new Date(last + pad) };
}

/** A closer window around one event: a sixth of the whole span, at least four months. */
export function focusWindow(event: TimelineEvent, whole: TimeWindow): TimeWindow {
  const span = Math.max((whole.end.getTime() - whole.start.getTime()) / 6, 120 * DAY);
  const startTime = event.date.start.getTime();
  const endTime = event.end ? event.end.end.getTime() : startTime;
  const half = Math.max(span, endTime - startTime + 60 * DAY) / 2;
  const centre = (startTime + endTime) / 2;
  return { start: new Date(centre - half), end: new Date(centre + half) };
}

/** The window showing a whole period, with a margin; an open period, from its start on. */
export function periodWindow(period: Period, whole: TimeWindow): TimeWindow {
  const start = period.start.start.getTime();
  const end = period.end ? period.end.end.getTime() : Math.max(whole.end.getTime(), start + 120 * DAY);
  const margin = Math.max((end - start) * 0.1, 30 * DAY);
  return { start: new Date(start - margin), end: new Date(end + margin) };
}

/** Above this many events, the timeline opens on its first few rather than all of them (and
 * vis-timeline clusters overlapping items). */
export const LARGE_DATASET = 150;
const FIRST_WINDOW_EVENTS = 30;

/** The window the timeline opens on: around the event or period selected when the page opened,
 * else all of the shown events (or, in a large dataset, its first few). An event selected since
 * (in the preview) is brought into it if it lies outside. */
export function initialWindow(
  index: DatasetIndex,
  shown: readonly TimelineEvent[],
  opening: { selectedId: string | null; periodId: string | null },
  currentId: string | null,
  widthPx: number,
): TimeWindow {
  const whole = fullWindow(index.events, widthPx);
  const events = shown.length ? shown : index.events;
  const openingEvent = opening.selectedId ? index.eventById.get(opening.selectedId) : undefined;
  const openingPeriod = opening.periodId ? index.periodById.get(opening.periodId) : undefined;
  const current = currentId ? index.eventById.get(currentId) : undefined;
  const window = openingEvent
    ? focusWindow(openingEvent, whole)
    : openingPeriod
      ? periodWindow(openingPeriod, whole)
      : fullWindow(events.length > LARGE_DATASET ? events.slice(0, FIRST_WINDOW_EVENTS) : events, widthPx);
  const time = current?.date.start.getTime();
  if (current && (time! < window.start.getTime() || time! > window.end.getTime())) return focusWindow(current, whole);
  return window;
}
