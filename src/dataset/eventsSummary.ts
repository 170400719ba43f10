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
  /** The finest precision among the dates: "timed" (a minute or a second), "day", or "dated" (months and years). */
  finest: "timed" | "day" | "dated";
  /** The longest range, in milliseconds: how far back an event can start and still reach a window. */
  longestRange: number;
  /** Events per category. */
  categories: Map<string, number>;
  /** The ranges by length: class c holds those at least 2^(c-1) ms long and shorter than 2^c (class
   * 0, those of no length), each class in the list's order. */
  rangeClasses: TimelineEvent[][];
}

const FINENESS = { dated: 0, day: 1, timed: 2 } as const;

/** A summary filled an event at a time: `add` each, in the list's order, then `done` with the list. */
export function summarising() {
  const summary: EventsSummary = {
    count: 0,
    firstStart: Infinity,
    lastStart: -Infinity,
    lastEnd: -Infinity,
    finest: "dated",
    longestRange: 0,
    categories: new Map(),
    rangeClasses: [],
  };
  const add = (event: TimelineEvent) => {
    const { date, end } = event;
    const start = date.start.getTime();
    summary.count++;
    if (start < summary.firstStart) summary.firstStart = start;
    const lastStart = (end ?? date).start.getTime();
    if (lastStart > summary.lastStart) summary.lastStart = lastStart;
    const lastEnd = (end ?? date).end.getTime();
    if (lastEnd > summary.lastEnd) summary.lastEnd = lastEnd;
    const precision = date.precision === "minute" || date.precision === "second" ? "timed" : date.precision === "day" ? "day" : "dated";
    if (FINENESS[precision] > FINENESS[summary.finest]) summary.finest = precision;
    summary.categories.set(event.category, (summary.categories.get(event.category) ?? 0) + 1);
    if (!end) return;
    const length = end.end.getTime() - start;
    if (length > summary.longestRange) summary.longestRange = length;
    const c = length < 1 ? 0 : Math.floor(Math.log2(length)) + 1;
    while (summary.rangeClasses.length <= c) summary.rangeClasses.push([]);
    summary.rangeClasses[c]!.push(event);
  };
  const done = (events: readonly TimelineEvent[]): EventsSummary => {
    summaries.set(events, summary);
    return summary;
  };
  return { add, done };
}

const summaries = new WeakMap<readonly TimelineEvent[], EventsSummary>();

/** The summary of `events`: the one its index gathered, or read now, once per list. */
export function summaryOf(events: readonly TimelineEvent[]): EventsSummary {
  const known = summaries.get(events);
  if (known) return known;
  const summary = summarising();
  for (const event of events) summary.add(event);
  return summary.done(events);
}
