import { buildSearchIndex, search, type EventFilter, type SearchIndex, type SearchResult } from "./searchIndex.ts";
import type { PartialDate } from "../lib/dates";
import type { DatasetDiff } from "./datasetVersion";
import type { DatasetError } from "./datasetError";
import type { ImportNotice } from "./importNotices";
import type { Category, Dataset, Period, Source, TimelineEvent } from "./schema";
import { summarising } from "./eventsSummary.ts";

/** Look-ups built once per dataset, so every selection is O(1). */
export interface DatasetIndex {
  dataset: Dataset;
  /** All events, earliest first (ties: the less precise date first, then in the file's order). */
  events: TimelineEvent[];
  eventById: Map<string, TimelineEvent>;
  /** The event that once had an id (a TimelineJS file's own), where no event has it now. */
  eventByFormerId: Map<string, TimelineEvent>;
  /** Each event's place in `events`. */
  positionById: Map<string, number>;
  sourceById: Map<string, Source>;
  categoryById: Map<string, Category>;
  periodById: Map<string, Period>;
  /** For each source id, the events citing it, earliest first. */
  eventsBySource: Map<string, TimelineEvent[]>;
  /** The events passing a filter: at once when the page holds the search index, a promise when
   * the worker that parsed the dataset holds it. */
  search: (filter: EventFilter) => SearchResult | Promise<SearchResult>;
  /** The hex SHA-256 of the file it was read from (datasetDigest.ts); absent where it was not read
   * from a file, null where the page cannot compute one. */
  digest?: string | null;
  /** Where a worker read the file: compares a new version of it there, handing its bytes back
   * (workerClient.ts); the page's main thread then reads neither. */
  compare?: (bytes: ArrayBuffer, label: string) => Promise<{ diff: DatasetDiff | null; bytes: ArrayBuffer }>;
  /** Where a worker read the file: ends it, once no one will show this version (a newer one replaced
   * it, or it was never accepted); a comparison it was making then finds nothing. */
  dispose?: () => void;
  /** Where the events came before the file's full check (a large file, earlyDataset.ts): its state,
   * ending "sound" or in the check's refusal, which the page then shows in their place. */
  check?: { get: () => FullCheck; subscribe: (listener: () => void) => () => void };
  /** What the import of a TimelineJS file left out or changed, said beside the dataset (not in it). */
  notices: readonly ImportNotice[];
  /** Where the events came as drawing columns (drawColumns.ts): whether their records (summary,
   * sources, actors, place) have all arrived; until then those fields are at their defaults. */
  records?: { get: () => Records; subscribe: (listener: () => void) => () => void };
}

export type Records = "arriving" | "complete";

/** The full check of an index's file: under way, passed, or its refusal. */
export type FullCheck = "checking" | "sound" | DatasetError;

/** Above this many events a dataset is large: the timeline opens on its first few rather than all
 * of them, and the print digest is built only once printing begins, holding this many. */
export const LARGE_DATASET = 150;

const PRECISION_RANK = { year: 0, month: 1, day: 2, minute: 3, second: 4 } as const;

/** The app's one order of events: earliest first; on the same start, the less precise date first
 * ("2024" before "2024-05"); then as the file lists them (the sort is stable), as TimelineJS keeps
 * them: a reporter orders same-day events deliberately, cause before effect. Each item's sort key is
 * read once, not at every comparison: at 100,000 events that is most of the sort's time. Generic,
 * so the tests can order a raw dataset (test-support/eventOrder.ts) by this very function. */
export function inDateOrder<T>(items: readonly T[], dateOf: (item: T) => PartialDate): T[] {
  const keyed = items.map((item) => {
    const date = dateOf(item);
    return { time: date.start.getTime(), rank: PRECISION_RANK[date.precision], item };
  });
  keyed.sort((a, b) => a.time - b.time || a.rank - b.rank);
  return keyed.map((k) => k.item);
}

export const sortedByDate = (events: readonly TimelineEvent[]): TimelineEvent[] => inDateOrder(events, (event) => event.date);

/** `sorted`: the events are in date order already (the worker sorted them); `search`: where
 * searches are answered, if not on the page. */
export function buildIndex(
  dataset: Dataset,
  {
    sorted = false,
    search: searchElsewhere,
    notices = [],
  }: { sorted?: boolean; search?: DatasetIndex["search"]; notices?: readonly ImportNotice[] } = {},
): DatasetIndex {
  const events = sorted ? dataset.events : sortedByDate(dataset.events);
  const indexing = startIndex(events, dataset);
  indexing.add(0, events.length);
  return indexing.finish(searchElsewhere, notices);
}

/** `buildIndex` of events in date order already, a step of `step` events a task (`pause` between):
 * a page that must go on answering keys while it indexes 20,000 events (the studio's preview). */
export async function buildIndexInSteps(dataset: Dataset, pause: () => Promise<void>, step = 2000): Promise<DatasetIndex> {
  const indexing = startIndex(dataset.events, dataset);
  for (let from = 0; from < dataset.events.length; from += step) {
    indexing.add(from, Math.min(dataset.events.length, from + step));
    await pause();
  }
  return indexing.finish();
}

/** The index of `events` (in date order) as they arrive: `add(from, to)` indexes events[from, to)
 * (those pushed since, say), a task's worth at a time; `finish` makes the index of them all, with
 * `dataset`'s head. The look-ups, and the summary the first render reads (eventsSummary.ts), are
 * filled in those steps: no task reads all the events. */
export function indexAsArriving(events: TimelineEvent[], dataset: Omit<Dataset, "events">) {
  return startIndex(events, { ...dataset, events });
}

/** The index's look-ups, filled a range of `events` at a time, then finished. */
function startIndex(events: TimelineEvent[], dataset: Dataset) {
  const eventsBySource = new Map<string, TimelineEvent[]>(dataset.sources.map((s) => [s.id, []]));
  const eventById = new Map<string, TimelineEvent>();
  const positionById = new Map<string, number>();
  const eventByFormerId = new Map<string, TimelineEvent>();
  const summary = summarising();
  const formerIds: TimelineEvent[] = [];
  // One pass, no pair arrays: at 100,000 events the look-ups are most of the index's time.
  const add = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const event = events[i]!;
      eventById.set(event.id, event);
      positionById.set(event.id, i);
      for (const citation of event.sources) eventsBySource.get(citation.source)?.push(event);
      if (event.formerIds.length) formerIds.push(event);
      summary.add(event);
    }
  };
  const finish = (searchElsewhere?: DatasetIndex["search"], notices: readonly ImportNotice[] = []): DatasetIndex => {
    summary.done(events);
    // Only the events that had other ids: every event's id must be known first.
    for (const event of formerIds)
      for (const former of event.formerIds) if (!eventById.has(former) && !eventByFormerId.has(former)) eventByFormerId.set(former, event);
    const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
    // Built on the first search, not before: most visits never search.
    let searchIndex: SearchIndex | undefined;
    const searchHere = (filter: EventFilter) => search((searchIndex ??= buildSearchIndex(events, sourceById)), filter);
    return {
      dataset,
      events,
      eventById,
      eventByFormerId,
      positionById,
      sourceById,
      categoryById: new Map(dataset.categories.map((c) => [c.id, c])),
      periodById: new Map(dataset.periods.map((p) => [p.id, p])),
      eventsBySource,
      search: searchElsewhere ?? searchHere,
      notices,
    };
  };
  return { add, finish };
}
