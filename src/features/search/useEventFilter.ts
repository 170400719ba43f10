import { useMemo } from "react";
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { TimelineEvent } from "../dataset/schema";
import { filterEvents, queryTerms } from "./search";

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
  return useMemo(() => {
    const matching = filterEvents(index, { query, categories });
    const searched = categories ? filterEvents(index, { query, categories: null }) : matching;
    const counts = new Map<string, number>();
    for (const event of searched) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    const hidden = selectedId !== null && index.eventById.has(selectedId) && !matching.some((e) => e.id === selectedId);
    // The selected event slots back in at its place in date order (a Set keeps this O(n)).
    const matchingSet = hidden ? new Set(matching) : null;
    const shown = matchingSet ? index.events.filter((e) => e.id === selectedId || matchingSet.has(e)) : matching;
    return { matching, shown, counts, terms: queryTerms(query), active: matching !== index.events, selectedHidden: hidden };
  }, [index, query, categories, selectedId]);
}
