import { lowerBound } from "../../lib/lowerBound";
import type { TimelineEvent } from "../../dataset/schema";
import { rangeClassesOf } from "../../dataset/eventsSummary";

/** The ranges among `events` (in date order) that began before `time` and still run at it, the
 * latest begun first, at most `most` of them. A range of class c reaches `time` only if it began
 * less than 2^c ms before it, and the latest begun of a class reach it first: a binary search and at
 * most `most` looks per class, however many events lie between a long range's start and `time`.
 * Worked out once per list, the classes make it work bounded by the window. */
export function rangesReaching(events: readonly TimelineEvent[], time: number, most: number): TimelineEvent[] {
  const found: TimelineEvent[] = [];
  // A list's ranges by length class, each in date order (eventsSummary.ts).
  rangeClassesOf(events).forEach((ranges, c) => {
    const reach = c === 0 ? 0 : 2 ** c;
    const before = lowerBound(ranges.length, (i) => ranges[i]!.date.start.getTime() < time);
    for (let i = before - 1, looked = 0; i >= 0 && looked < most; i--, looked++) {
      const range = ranges[i]!;
      if (range.date.start.getTime() < time - reach) break;
      if (range.end!.end.getTime() >= time) found.push(range);
    }
  });
  // Latest begun first, as a pan from the right would meet them; ties in date order.
  found.sort((a, b) => b.date.start.getTime() - a.date.start.getTime());
  return found.slice(0, most);
}
