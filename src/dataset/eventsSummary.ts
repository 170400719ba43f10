import type { TimelineEvent } from "./schema";

/** What the explorer's first render and vis-timeline's creation need to know of a whole list of
 * events: gathered in the same pass that indexes a dataset (datasetIndex.ts, a step at a time), so
 * no render reads every event again. A list the index never saw (a search's matches) is read once,
 * when first asked. */
export interface EventsSummary {
  /** How many events were read. */
  count: number;
  /** The earliest start, in milliseconds (Infinity where there is no event). */
  firstStart: number;
  /** The latest start, or a range's end's start, whichever is later (-Infinity where there is no event). */
  lastStart: number;
  /** The latest end of any date (a date's own end: a year's is its last moment). */
  lastEnd: number;
  /** The finest precision among the dates: "timed" (a minute or a second), "day", "month" or "year". */
  finest: "timed" | "day" | "month" | "year";
  /** The longest range, in milliseconds: how far back an event can start and still reach a window. */
  longestRange: number;
  /** Events per category. */
  categories: Map<string, number>;
  /** The ranges by length: class c holds those at least 2^(c-1) ms long and shorter than 2^c (class
   * 0, those of no length), each class in the list's order. */
  rangeClasses: TimelineEvent[][];
}

const FINENESS = { year: 0, month: 1, day: 2, timed: 3 } as const;

/** What is known of a list: the whole summary where its index gathered it; else what was asked. */
interface Known {
  extent?: Omit<EventsSummary, "categories" | "rangeClasses">;
  categories?: Map<string, number>;
  rangeClasses?: TimelineEvent[][];
}
const known = new WeakMap<readonly TimelineEvent[], Known>();
const knownOf = (events: readonly TimelineEvent[]) => {
  let facts = known.get(events);
  if (!facts) known.set(events, (facts = {}));
  return facts;
};

/** A summary filled an event at a time: `add` each, in the list's order, then `done` with the list. */
export function summarising() {
  const extent = emptyExtent();
  const categories = new Map<string, number>();
  const rangeClasses: TimelineEvent[][] = [];
  const add = (event: TimelineEvent) => {
    addToExtent(extent, event);
    categories.set(event.category, (categories.get(event.category) ?? 0) + 1);
    addToClasses(rangeClasses, event);
  };
  const done = (events: readonly TimelineEvent[]): EventsSummary => {
    known.set(events, { extent, categories, rangeClasses });
    return { ...extent, categories, rangeClasses };
  };
  return { add, done };
}

/** The extent of no events, to be filled by `addToExtent`. */
const emptyExtent = (): NonNullable<Known["extent"]> => ({
  count: 0,
  firstStart: Infinity,
  lastStart: -Infinity,
  lastEnd: -Infinity,
  finest: "year",
  longestRange: 0,
});

function addToExtent(extent: NonNullable<Known["extent"]>, { date, end }: TimelineEvent): void {
  const start = date.start.getTime();
  extent.count++;
  if (start < extent.firstStart) extent.firstStart = start;
  const lastStart = (end ?? date).start.getTime();
  if (lastStart > extent.lastStart) extent.lastStart = lastStart;
  const lastEnd = (end ?? date).end.getTime();
  if (lastEnd > extent.lastEnd) extent.lastEnd = lastEnd;
  const precision = date.precision === "minute" || date.precision === "second" ? "timed" : date.precision;
  if (FINENESS[precision] > FINENESS[extent.finest]) extent.finest = precision;
  if (end && end.end.getTime() - start > extent.longestRange) extent.longestRange = end.end.getTime() - start;
}

function addToClasses(classes: TimelineEvent[][], event: TimelineEvent): void {
  if (!event.end) return;
  const length = event.end.end.getTime() - event.date.start.getTime();
  const c = length < 1 ? 0 : Math.floor(Math.log2(length)) + 1;
  while (classes.length <= c) classes.push([]);
  classes[c]!.push(event);
}

/** The extent of `events` (all of the summary but the counts and classes): the one its index
 * gathered, or read now, once per list (a search's matches: only what is asked is read). */
export function extentOf(events: readonly TimelineEvent[]): NonNullable<Known["extent"]> {
  const facts = knownOf(events);
  if (!facts.extent) {
    const extent = emptyExtent();
    for (const event of events) addToExtent(extent, event);
    facts.extent = extent;
  }
  return facts.extent;
}

/** Events per category of `events`, as `extentOf` finds the extent. */
export function categoryCountsOf(events: readonly TimelineEvent[]): ReadonlyMap<string, number> {
  const facts = knownOf(events);
  if (!facts.categories) {
    const counts = new Map<string, number>();
    for (const event of events) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    facts.categories = counts;
  }
  return facts.categories;
}

/** The ranges of `events` by length class, as `extentOf` finds the extent. */
export function rangeClassesOf(events: readonly TimelineEvent[]): readonly (readonly TimelineEvent[])[] {
  const facts = knownOf(events);
  if (!facts.rangeClasses) {
    const classes: TimelineEvent[][] = [];
    for (const event of events) addToClasses(classes, event);
    facts.rangeClasses = classes;
  }
  return facts.rangeClasses;
}

/** The whole summary of `events` (tests). */
export function summaryOf(events: readonly TimelineEvent[]): EventsSummary {
  return { ...extentOf(events), categories: new Map(categoryCountsOf(events)), rangeClasses: rangeClassesOf(events).map((c) => [...c]) };
}
