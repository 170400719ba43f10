import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { TimelineEvent } from "../../dataset/schema";
import type { EventFilter, SearchResult } from "../../dataset/searchIndex";
import { lowerBound } from "../../lib/lowerBound";
import { valueStore } from "../../lib/valueStore";
import { queryTerms } from "../../lib/textMatch";
import { categoryCounts } from "./searchMarkup";

export interface EventFilterResult {
  /** The events matching the search and the categories, in date order. */
  matching: readonly TimelineEvent[];
  /** What the timeline and list show: the matches, plus the selected event even when it does
   * not match (a shared link must still show its event). */
  shown: readonly TimelineEvent[];
  /** Events per category under the current search, for the filter's counts. */
  counts: ReadonlyMap<string, number>;
  terms: readonly string[];
  /** Whether anything is being filtered at all. */
  active: boolean;
  /** Whether the selected event is shown only because it is selected. */
  selectedHidden: boolean;
}

export function useEventFilter(
  index: DatasetIndex,
  query: string,
  categories: readonly string[] | null,
  selectedId: string | null,
): EventFilterResult {
  const found = useSearch(index, query, categories);
  // Apart from the selection: a selection neither redoes this nor hands the timeline a new list.
  const matching = useMemo(() => (found ? Array.from(found.positions, (i) => index.events[i]!) : index.events), [index, found]);
  return useMemo(() => {
    const counts = found?.counts ?? categoryCounts(index);
    const selected = selectedId !== null ? index.eventById.get(selectedId) : undefined;
    const position = selected && found ? index.positionById.get(selected.id)! : -1;
    const hidden = position >= 0 && !includes(found!.positions, position);
    // The selected event slots back in at its place in date order.
    const shown = hidden ? withInserted(matching, selected!, insertionPoint(found!.positions, position)) : matching;
    return { matching, shown, counts, terms: queryTerms(query), active: found !== null, selectedHidden: hidden };
  }, [index, found, matching, query, selectedId]);
}

/** What the filter finds; null when it filters nothing. An index on the page answers in the
 * render that asks, so the matches show in the keystroke's own commit; the worker's answer comes
 * through an external store, and the last one stays on screen until the next arrives. */
function useSearch(index: DatasetIndex, query: string, categories: readonly string[] | null): SearchResult | null {
  const filtering = queryTerms(query).length > 0 || categories !== null;
  // The filter as a string: a new array of the same categories asks nothing new.
  const filter = JSON.stringify({ query, categories } satisfies EventFilter);
  const asked = useMemo(() => (filtering ? index.search(JSON.parse(filter) as EventFilter) : null), [index, filter, filtering]);
  const [answers] = useState(() => valueStore<{ index: DatasetIndex; result: SearchResult } | null>(null));
  const answer = useSyncExternalStore(answers.subscribe, answers.get, answers.get);
  useEffect(() => {
    if (!(asked instanceof Promise)) return;
    let current = true;
    void asked.then((result) => {
      if (current) answers.set({ index, result });
    });
    return () => void (current = false);
  }, [index, asked, answers]);
  if (!asked) return null;
  if (!(asked instanceof Promise)) return asked;
  // Until the worker's first answer for this dataset: everything, as before any search.
  return answer && answer.index === index ? answer.result : null;
}

/** Where `value` goes in the sorted `positions`. */
function insertionPoint(positions: Int32Array, value: number): number {
  return lowerBound(positions.length, (i) => positions[i]! < value);
}

function includes(positions: Int32Array, value: number): boolean {
  return positions[insertionPoint(positions, value)] === value;
}

function withInserted<T>(list: readonly T[], item: T, at: number): T[] {
  return [...list.slice(0, at), item, ...list.slice(at)];
}
