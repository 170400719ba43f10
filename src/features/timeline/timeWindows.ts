import { LARGE_DATASET, type DatasetIndex } from "../../dataset/datasetIndex";
import type { Period, TimelineEvent } from "../../dataset/schema";
import { extentOf as eventsExtentOf } from "../../dataset/eventsSummary";
import { ITEM_BOX } from "./itemBox";
import { DAY_MS } from "../../lib/dates";

/** The width to plan for: the timeline's own, or a narrow screen's where it measures nothing (hidden, printed). */
const planningWidth = (widthPx: number) => (widthPx > 0 ? widthPx : 320);

/** Room, in pixels, that a box centred on its date needs on each side to be whole. */
const HALF_BOX = ITEM_BOX.width / 2 + ITEM_BOX.gap;

/** The room an event's box needs before and after its date, as shares of the window's span on a
 * timeline `widthPx` wide (a hidden one: a narrow one). A point's box is centred on its date; a
 * range's label starts at its start and runs on towards later times (leftwards in right-to-left). */
function roomShares(event: TimelineEvent, widthPx: number): { before: number; after: number } {
  const width = planningWidth(widthPx);
  if (!event.end) return { before: Math.min(HALF_BOX / width, 0.45), after: Math.min(HALF_BOX / width, 0.45) };
  return { before: Math.min(ITEM_BOX.gap / width, 0.05), after: Math.min((ITEM_BOX.width + ITEM_BOX.gap) / width, 0.85) };
}

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** The earliest and latest times a JavaScript date holds (about 271,821 BCE and 275,760 CE). */
export const EARLIEST_TIME = -8.64e15;
export const LATEST_TIME = 8.64e15;

/** The window from `start` to `end`, kept to the times a date can hold: a window around an event
 * near either end of them would otherwise be no date at all. */
function between(start: number, end: number): TimeWindow {
  const clamp = (time: number) => new Date(Math.min(LATEST_TIME, Math.max(EARLIEST_TIME, time)));
  return { start: clamp(start), end: clamp(end) };
}

/** Whether an event is dated to the minute or the second. */
export const isTimed = (event: TimelineEvent) => event.date.precision === "minute" || event.date.precision === "second";

/** The least span a whole view spreads its events over, by the finest precision among them: an hour
 * where any carries a time of day (a few hours' events across the whole frame, under an axis of
 * hours), a day where they are dated to the day (a week's story opens on its week, a day's on a
 * couple of days, under an axis of days), a month where they are dated only to months, and four
 * years where only to years (a log of years opens under an axis of years, not of a month's days). */
const FLOORS = { timed: DAY_MS / 24, day: DAY_MS, month: 30 * DAY_MS, year: 4 * 365.25 * DAY_MS } as const;

interface Extent {
  first: number;
  last: number;
  /** The least span a whole view of these events has: the floor of their finest precision. */
  floor: number;
}

/** The earliest start and the latest start or end among `events`: from the summary their index
 * gathered (eventsSummary.ts), or read once per list. */
function extentOf(events: readonly TimelineEvent[]): Extent {
  const { firstStart, lastStart, finest } = eventsExtentOf(events);
  return { first: firstStart, last: lastStart, floor: FLOORS[finest] };
}

/** The window showing every event whole. Item boxes are centred on their dates,
 * so each side needs room for half a box: in time, that depends on the width in pixels. */
export function fullWindow(events: readonly TimelineEvent[], widthPx: number, halfItemPx = HALF_BOX): TimeWindow {
  const { first, last, floor } = extentOf(events);
  const span = Math.max(last - first, floor);
  // m px-per-ms ≥ halfItem with px-per-ms = width / (span + 2m)  ⇒  m ≥ halfItem·span / (width − 2·halfItem)
  const width = planningWidth(widthPx);
  const usable = Math.max(width - 2 * halfItemPx, width / 4);
  // Events closer together than `span` (one event, say) get centred in it.
  const pad = Math.max((halfItemPx * span) / usable, floor / 2) + (span - (last - first)) / 2;
  return between(first - pad, last + pad);
}

/** The window a click on a count moves to: its events' span (`events` in date order), a box's
 * room either side, at least `narrowest` long (the timeline zooms no closer). Unlike `fullWindow`,
 * no month's margin: a count of a few days' events opens on those days. */
export function crowdWindow(events: readonly TimelineEvent[], widthPx: number, narrowest: number): TimeWindow {
  const first = events[0]!.date.start.getTime();
  let last = first;
  for (const e of events) last = Math.max(last, (e.end ?? e.date).start.getTime());
  const width = planningWidth(widthPx);
  const span = Math.max((last - first) * (width / Math.max(width - 2 * HALF_BOX, width / 4)), narrowest);
  const centre = (first + last) / 2;
  return between(centre - span / 2, centre + span / 2);
}

/** `window` widened until the box of every one of `events` that shows in it is whole on screen: no
 * box is cut at an edge. (Widening changes the scale, and may take in more events, so it is
 * repeated until nothing moves.) `events` are the boxes a plan draws: a window's worth. */
export function windowWithWholeBoxes(window: TimeWindow, events: readonly TimelineEvent[], widthPx: number): TimeWindow {
  let start = window.start.getTime();
  let end = window.end.getTime();
  for (let pass = 0; pass < 12; pass++) {
    const span = end - start;
    // The events that push each edge furthest out (a millisecond of slack for rounding).
    let first: { time: number; share: number } | null = null;
    let last: { time: number; share: number } | null = null;
    let needStart = start - 1;
    let needEnd = end + 1;
    for (const event of events) {
      const time = event.date.start.getTime();
      const { before, after } = roomShares(event, widthPx);
      // Every box that shows in the window, even one whose date lies just beyond its edge.
      if (time + after * span < start || time - before * span > end) continue;
      if (time - before * span < needStart) [needStart, first] = [time - before * span, { time, share: before }];
      if (time + after * span > needEnd) [needEnd, last] = [time + after * span, { time, share: after }];
    }
    if (!first && !last) break;
    // The span at which those events have exactly the room they need.
    if (first && last) {
      // Shares that leave nothing between them (a very narrow frame) cannot be met: stop widening.
      if (first.share + last.share > 0.95) break;
      const fitted = (last.time - first.time) / (1 - first.share - last.share);
      // The box that needs the most room after it may start before the one that needs the most
      // before it (a range's label beside a point's box): no span fits both exactly; stop.
      if (!(fitted > 0)) break;
      [start, end] = [first.time - first.share * fitted, last.time + last.share * fitted];
    } else if (first) {
      start = end - (end - first.time) / (1 - first.share);
    } else {
      end = start + (last!.time - start) / (1 - last!.share);
    }
  }
  return between(start, end);
}

/** A window of the same span as `window` with `event` at its centre. */
export function windowCentredOn(event: TimelineEvent, window: TimeWindow): TimeWindow {
  const half = (window.end.getTime() - window.start.getTime()) / 2;
  const centre = event.date.start.getTime();
  return between(centre - half, centre + half);
}

/** Whether the window may glide from `from` to `to`, or should jump there. A glide is redrawn
 * every frame, and the plan drawn for a window reaches a window's width either side of it
 * (planView's grid): a glide that far, at about the same zoom, passes over boxes already drawn. A
 * longer one (a link to an event years away) would plan other events on every frame, and hand them
 * all to vis-timeline, for frames no one can read. */
export function glides(from: TimeWindow, to: TimeWindow): boolean {
  const span = from.end.getTime() - from.start.getTime();
  const toSpan = to.end.getTime() - to.start.getTime();
  return toSpan <= 2 * span && span <= 2 * toSpan && Math.abs(to.start.getTime() - from.start.getTime()) <= span;
}

/** `window` moved (its span kept) just far enough for `event`'s box to be whole in it. */
export function windowShowing(event: TimelineEvent, window: TimeWindow, widthPx: number): TimeWindow {
  const span = window.end.getTime() - window.start.getTime();
  const { before, after } = roomShares(event, widthPx);
  const time = event.date.start.getTime();
  const shift = Math.max(0, time + after * span - window.end.getTime()) - Math.max(0, window.start.getTime() - (time - before * span));
  return between(window.start.getTime() + shift, window.end.getTime() + shift);
}

/** Whether any of `event`'s box shows in `window` on a timeline `widthPx` wide. */
export function boxShows(event: TimelineEvent, window: TimeWindow, widthPx: number): boolean {
  const span = window.end.getTime() - window.start.getTime();
  const { before, after } = roomShares(event, widthPx);
  const time = event.date.start.getTime();
  return time + after * span > window.start.getTime() && time - before * span < window.end.getTime();
}

/** Whether `event`'s box is whole in `window` on a timeline `widthPx` wide. */
export function boxIsWhole(event: TimelineEvent, window: TimeWindow, widthPx: number): boolean {
  const span = window.end.getTime() - window.start.getTime();
  const { before, after } = roomShares(event, widthPx);
  const time = event.date.start.getTime();
  // A millisecond of slack for rounding: a box is pixels wide, not milliseconds.
  return time - before * span >= window.start.getTime() - 1 && time + after * span <= window.end.getTime() + 1;
}

/** A closer window around one event: a sixth of the whole span, at least four months (for an event
 * with a time of day, at least four hours), and no wider than the whole span (a week's story
 * focuses within its week). */
export function focusWindow(event: TimelineEvent, whole: TimeWindow): TimeWindow {
  const wholeSpan = whole.end.getTime() - whole.start.getTime();
  const least = Math.min(4 * (isTimed(event) ? FLOORS.timed : FLOORS.month), wholeSpan);
  const span = Math.max(wholeSpan / 6, least);
  const startTime = event.date.start.getTime();
  const endTime = event.end ? event.end.end.getTime() : startTime;
  const half = Math.max(span, endTime - startTime + least / 2) / 2;
  const centre = (startTime + endTime) / 2;
  return between(centre - half, centre + half);
}

/** The window showing a whole period, with a margin; an open period, from its start on. */
export function periodWindow(period: Period, whole: TimeWindow): TimeWindow {
  const start = period.start.start.getTime();
  const end = period.end ? period.end.end.getTime() : Math.max(whole.end.getTime(), start + 120 * DAY_MS);
  const margin = Math.max((end - start) * 0.1, 30 * DAY_MS);
  return between(start - margin, end + margin);
}

/** The window the timeline opens on: around the event or period selected when the page opened,
 * else all of the shown events (or, in a large dataset, its first `firstEvents`; for an event,
 * about as many around it). An event
 * selected since (in the first paint) is brought into it if it lies outside. The plan widens it
 * for whole boxes (planWholeView). */
export function initialWindow(
  index: DatasetIndex,
  shown: readonly TimelineEvent[],
  opening: { selectedId: string | null; periodId: string | null },
  currentId: string | null,
  widthPx: number,
  firstEvents: number,
): TimeWindow {
  const whole = fullWindow(index.events, widthPx);
  const events = shown.length ? shown : index.events;
  const openingEvent = opening.selectedId ? index.eventById.get(opening.selectedId) : undefined;
  const openingPeriod = opening.periodId ? index.periodById.get(opening.periodId) : undefined;
  const current = currentId ? index.eventById.get(currentId) : undefined;
  const window = openingEvent
    ? events.length > LARGE_DATASET
      ? neighbourhood(index, openingEvent, firstEvents, widthPx)
      : focusWindow(openingEvent, whole)
    : openingPeriod
      ? periodWindow(openingPeriod, whole)
      : fullWindow(events.length > LARGE_DATASET ? events.slice(0, firstEvents) : events, widthPx);
  const time = current?.date.start.getTime();
  return current && (time! < window.start.getTime() || time! > window.end.getTime()) ? focusWindow(current, whole) : window;
}

/** The window around `event` and its neighbours in date order, as many in all as the opening view
 * starts from; on a frame one box wide, where they would stack in one column, three. */
function neighbourhood(index: DatasetIndex, event: TimelineEvent, count: number, widthPx: number): TimeWindow {
  const at = index.positionById.get(event.id) ?? 0;
  const columns = Math.floor(planningWidth(widthPx) / (ITEM_BOX.width + ITEM_BOX.gap));
  const around = columns <= 1 ? 3 : Math.max(3, count - 1);
  const from = Math.max(0, at - Math.floor(around / 2));
  return fullWindow(index.events.slice(from, from + around), widthPx);
}
