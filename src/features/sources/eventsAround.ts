/** At most this many of a source's events are listed beside an event: a researcher's log often
 * has one source cited by every event, and the page stays a few thousand elements. */
export const SOURCE_EVENTS_SHOWN = 15;

/** The events of a source to list: at most `limit` of `events` (in date order), those around the
 * one at dataset position `selected` (itself, its neighbours before and after), or the first ones
 * where it is none of them. One binary search on the positions (`positionOf`, increasing along
 * `events`) and a slice: the work grows with what is shown, not with the source. */
export function eventsAround<T>(
  events: readonly T[],
  positionOf: (event: T) => number,
  selected: number | undefined,
  limit = SOURCE_EVENTS_SHOWN,
): { shown: readonly T[]; hidden: number } {
  if (events.length <= limit) return { shown: events, hidden: 0 };
  let at = 0;
  if (selected !== undefined) {
    // The first event at or after the selected position.
    let [low, high] = [0, events.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (positionOf(events[middle]!) < selected) low = middle + 1;
      else high = middle;
    }
    at = Math.min(Math.max(low - Math.floor(limit / 2), 0), events.length - limit);
  }
  return { shown: events.slice(at, at + limit), hidden: events.length - limit };
}
