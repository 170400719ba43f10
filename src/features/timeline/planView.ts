import { lowerBound } from "../../lib/lowerBound";
import type { TimelineEvent } from "../../dataset/schema";
import { untranslatedLang } from "../../dataset/localise";
import { extentOf } from "../../dataset/eventsSummary";
import { rangesReaching } from "./earlierRanges";
import { formatDateRange } from "../../lib/dates";
import { LANGUAGES } from "../../lib/i18n/i18n";
import { boxLanes, dateLinesOf, ITEM_BOX } from "./itemBox";
import type { TimeWindow } from "./timeWindows";

/** An event drawn as a box (or a range) in one of the timeline's lanes; 0 is next to the axis. A
 * long title's box is taller: it takes `lanes` lanes from `lane` up. */
export interface PlannedBox {
  event: TimelineEvent;
  lane: number;
  lanes: number;
}

/** Events too close together to draw apart at this zoom, drawn as one count in a lane. */
export interface Crowd {
  id: string;
  start: Date;
  end: Date;
  lane: number;
  /** The events in it (the selected one, drawn on its own, not counted). */
  count: number;
  /** Its first and last events' places in the list it was counted from (between them, a few may
   * be drawn as boxes). */
  first: number;
  last: number;
  /** Whether zooming in could draw them apart: not when they all share one moment. */
  separable: boolean;
}

/** What the timeline shows for a window: which events are boxes and in which lane, which
 * stretches are counts. The live timeline and the first paint both draw it. */
export interface ViewPlan {
  boxes: PlannedBox[];
  crowds: Crowd[];
  /** How many lanes the plan fills. */
  lanes: number;
  /** Equal keys, equal plans (for the same events): nothing to hand over. */
  key: string;
}

export interface PlanFrame {
  /** The timeline's width in pixels. */
  widthPx: number;
  /** How many lanes of boxes fit the height the screen offers. */
  lanes: number;
}

/** One stretch of the grid is a box and its gap wide, at the level's most zoomed-out scale. */
export const STRETCH_PX = ITEM_BOX.width + ITEM_BOX.gap;
/** At most this many ranges that began before the planned stretches and reach into them are tried (the lanes hold fewer). */
const MAX_EARLIER_RANGES = 50;

/** How many lanes each event's box takes, for its whole title (boxLanes), worked out once per event and frame height. */
const laneSpans = new WeakMap<TimelineEvent, number[]>();
export function eventLanes(event: TimelineEvent, maxLanes: number): number {
  let spans = laneSpans.get(event);
  if (!spans) laneSpans.set(event, (spans = []));
  const cached = spans[maxLanes];
  if (cached !== undefined) return cached;
  const untranslated = untranslatedLang(event, "title") !== null;
  // The date as the box writes it (its display date, or a range in each language: two years keep to one line).
  const dateLines =
    event.displayDate !== null
      ? dateLinesOf([event.displayDate])
      : event.end
        ? dateLinesOf(LANGUAGES.map((lang) => formatDateRange(event.date, event.end, lang)))
        : 1;
  return (spans[maxLanes] = boxLanes(event.title, event.end !== null, maxLanes, event.updates.length > 0, untranslated, dateLines));
}

/** The first position in `events` (date order) whose start is at or after `time`. */
export function firstFrom(events: readonly TimelineEvent[], time: number): number {
  return lowerBound(events.length, (i) => events[i]!.date.start.getTime() < time);
}

/** The longest range among `events`, in milliseconds: how far back an event can start and still
 * reach a window (from the summary their index gathered, or read once per list). */
export function longestRange(events: readonly TimelineEvent[]): number {
  return extentOf(events).longestRange;
}

/** The farthest a JavaScript date reaches from 1970, in milliseconds. */
const MAX_TIME = 8.64e15;

/** The zoom level of a window: stretches of `2^level` seconds are at least a box wide on screen. */
export function zoomLevel(window: TimeWindow, widthPx: number): number {
  const span = Math.max(window.end.getTime() - window.start.getTime(), 1);
  return Math.max(0, Math.ceil(Math.log2(((span / Math.max(widthPx, 1)) * STRETCH_PX) / 1000)));
}

/** What takes up a stretch of a lane: a box (or a range), a count, or a connector passing through
 * on its way from a box above to the axis (boxes may cover it, counts may not). */
type Taken = "box" | "count" | "connector";

/** Occupied stretches of each lane, in planning pixels. */
class Lanes {
  private readonly taken: [number, number, Taken][][] = [];
  constructor(readonly max: number) {}

  get used(): number {
    return this.taken.length;
  }

  /** Whether [left, right) of `lane` holds nothing that `what` may not cover. */
  isFree(lane: number, left: number, right: number, what: readonly Taken[] = ["box", "count", "connector"]): boolean {
    return (this.taken[lane] ?? []).every(([a, b, kind]) => b <= left || right <= a || !what.includes(kind));
  }

  take(lane: number, left: number, right: number, kind: Taken): void {
    while (this.taken.length <= lane) this.taken.push([]);
    this.taken[lane]!.push([left, right, kind]);
  }

  snapshot(): number[] {
    return this.taken.map((spans) => spans.length);
  }

  restore(lengths: number[]): void {
    this.taken.length = lengths.length;
    lengths.forEach((length, lane) => (this.taken[lane]!.length = length));
  }
}

/** The grid a plan is laid over: stretches of `stretch` milliseconds, from the `first` to the
 * `last` (a window's width either side of it), and planning pixels counted from the first one's
 * start (small numbers, the same for every pan). */
interface Grid {
  level: number;
  stretch: number;
  first: number;
  last: number;
  origin: number;
  px: (time: number) => number;
}

function gridFor(window: TimeWindow, widthPx: number): Grid {
  const level = zoomLevel(window, widthPx);
  const stretch = 2 ** level * 1000;
  const scale = STRETCH_PX / stretch;
  const start = window.start.getTime();
  const span = Math.max(window.end.getTime() - start, 1);
  const [first, last] = [Math.floor((start - span) / stretch), Math.floor((start + 2 * span) / stretch)];
  const origin = first * stretch;
  return { level, stretch, first, last, origin, px: (time) => (time - origin) * scale };
}

/** A plan being drawn up: its events, grid and lanes, and what has been placed so far. */
interface Planning {
  events: readonly TimelineEvent[];
  selected: TimelineEvent | null;
  grid: Grid;
  lanes: Lanes;
  boxes: PlannedBox[];
  crowds: Crowd[];
}

/** Places `event` in the lowest lane (below `limit`) where its box touches no other item; its
 * connector to the axis may pass behind boxes in the lanes below, never through a count. */
function place({ grid: { px }, lanes, boxes }: Planning, event: TimelineEvent, limit = lanes.max): boolean {
  const x = px(event.date.start.getTime());
  const [left, right] = event.end
    ? [x, Math.max(px(event.end.end.getTime()), x + ITEM_BOX.width) + ITEM_BOX.gap]
    : [x - ITEM_BOX.width / 2, x + ITEM_BOX.width / 2 + ITEM_BOX.gap];
  const column = (lane: number) => {
    for (let below = 0; below < lane; below++) if (!lanes.isFree(below, x - 1, x + 1, ["count"])) return false;
    return true;
  };
  // A tall box (a long title) takes lanes from `lane` up, all of them clear.
  const tall = Math.min(eventLanes(event, lanes.max), limit);
  const clear = (lane: number) => {
    for (let up = lane; up < lane + tall; up++) if (!lanes.isFree(up, left, right, ["box", "count"])) return false;
    return true;
  };
  let lane = 0;
  while (lane + tall <= limit && !(clear(lane) && (event.end || column(lane)))) lane++;
  if (lane + tall > limit) return false;
  for (let up = lane; up < lane + tall; up++) lanes.take(up, left, right, "box");
  if (!event.end) for (let below = 0; below < lane; below++) lanes.take(below, x - 1, x + 1, "connector");
  boxes.push({ event, lane, lanes: tall });
  return true;
}

/** The lowest lane where a count fits over [left, right): clear of items and connectors. Where
 * none is (ranges fill them), the one above the boxes' lanes, which holds only counts, each over
 * its own stretch: the plan grows by that one lane at most, however many stretches crowd. */
function countLane(lanes: Lanes, left: number, right: number): number {
  for (let lane = 0; lane < lanes.max; lane++) if (lanes.isFree(lane, left, right)) return lane;
  return lanes.max;
}

/** Places every event of events[lo, hi) but the selected one, or none of them. */
function allPlaced(planning: Planning, lo: number, hi: number, others: number): boolean {
  const { events, selected, lanes, boxes } = planning;
  if (others > lanes.max) return false;
  const before = lanes.snapshot();
  const placedBefore = boxes.length;
  for (let i = lo; i < hi; i++) {
    if (events[i] === selected || place(planning, events[i]!)) continue;
    lanes.restore(before);
    boxes.length = placedBefore;
    return false;
  }
  return true;
}

/** Where a stretch's events do not all fit: as many as fit below one lane kept for the count of
 * the rest, trying no more than there are lanes. Where that leaves room for fewer than two (tall
 * boxes of long titles on a short screen), two are tried in all the lanes, and the count takes the
 * one lane above them. Returns the places of those drawn as boxes. */
function boxesOfCrowd(planning: Planning, lo: number, hi: number, others: number): Set<number> {
  const { events, selected, lanes } = planning;
  const boxed = new Set<number>();
  const tryBoxes = (limit: number) => {
    for (let i = lo, tries = 0; i < hi && tries < lanes.max - 1; i++) {
      if (events[i] === selected || boxed.has(i)) continue;
      tries++;
      if (place(planning, events[i]!, limit)) boxed.add(i);
    }
  };
  tryBoxes(lanes.max - 1);
  if (boxed.size < 2 && others > 2) tryBoxes(lanes.max);
  return boxed;
}

/** Counts the stretch `b`'s events events[lo, hi) not drawn as boxes, in the lowest lane free for it. */
function crowdStretch(planning: Planning, b: number, lo: number, hi: number, others: number): void {
  const { events, selected, lanes, grid } = planning;
  const { stretch, px } = grid;
  const boxed = boxesOfCrowd(planning, lo, hi, others);
  // The count's own events run from the first not drawn as a box.
  let counted = lo;
  while (counted < hi - 1 && (boxed.has(counted) || events[counted] === selected)) counted++;
  const [left, right] = [px(b * stretch) + ITEM_BOX.gap / 2, px((b + 1) * stretch) - ITEM_BOX.gap / 2];
  const lane = countLane(lanes, left, right);
  lanes.take(lane, left, right, "count");
  planning.crowds.push({
    id: `crowd:${grid.level}:${b}`,
    // Within a date's range: the widest stretches reach past it (timelines of deep time).
    start: new Date(Math.max(b * stretch, -MAX_TIME)),
    end: new Date(Math.min((b + 1) * stretch, MAX_TIME)),
    lane,
    count: others - boxed.size,
    first: counted,
    last: hi - 1,
    separable: events[counted]!.date.start.getTime() !== events[hi - 1]!.date.start.getTime(),
  });
}

/** What the timeline draws for `window`. The window is laid over a grid of stretches about a box
 * wide, fixed for the zoom level (a pan moves the window over the grid, never the grid), reaching a
 * window's width either side so that a pan finds its boxes drawn. Stretch by stretch, in date order,
 * each event takes the lowest lane where its box (and the connector beneath it) touches nothing;
 * where a stretch's events do not all fit, its first ones are boxes below one lane kept for a
 * count of the rest. Collisions are
 * judged at the level's most zoomed-out scale, so a zoom within the level only spreads boxes apart.
 * The selected event is always a box, placed first. The work is a few binary searches and at most
 * `lanes` placements per stretch: bounded by the window, whatever the number of events. */
export function planView(
  events: readonly TimelineEvent[],
  window: TimeWindow,
  frame: PlanFrame,
  selected: TimelineEvent | null,
  longest: number,
): ViewPlan {
  const grid = gridFor(window, frame.widthPx);
  const { level, stretch, first, last, origin } = grid;
  const planning: Planning = { events, selected, grid, lanes: new Lanes(Math.max(1, frame.lanes)), boxes: [], crowds: [] };
  const { lanes } = planning;
  const selectedAt = selected?.date.start.getTime() ?? NaN;

  // Placed first, it always finds the lane next to the axis free.
  if (selected) place(planning, selected);
  // Ranges that began before the first stretch and still run into it (none where no event is a range).
  if (longest > 0) for (const range of rangesReaching(events, origin, MAX_EARLIER_RANGES)) if (range !== selected) place(planning, range);
  for (let b = first, lo = firstFrom(events, origin); b <= last; b++) {
    const hi = firstFrom(events, (b + 1) * stretch);
    const holdsSelected = selectedAt >= b * stretch && selectedAt < (b + 1) * stretch;
    const others = hi - lo - (holdsSelected ? 1 : 0);
    if (others > 0 && !allPlaced(planning, lo, hi, others)) crowdStretch(planning, b, lo, hi, others);
    lo = hi;
  }
  const key = `${level}:${first}:${last}:${selected?.id ?? ""}:${lanes.max}`;
  return { boxes: planning.boxes, crowds: planning.crowds, lanes: Math.max(1, lanes.used), key };
}
