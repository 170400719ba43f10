import { onScale, type PartialDate } from "../lib/dates.ts";
import type { Dataset } from "./schema";

// One scale for a whole timeline: a timeline reaching years beyond a JavaScript date's (deep time)
// is drawn linearly at the scale of its farthest year, its calendar dates too (src/lib/deepTime.ts);
// any other is left as it is, its dates calendar dates.

/** The dataset with every event's and period's date on one scale: the same object where all are
 * calendar dates. */
export function onOneScale(dataset: Dataset): Dataset {
  let scale = 1;
  const widen = (date: PartialDate | null) => {
    if (date?.scale !== undefined && date.scale > scale) scale = date.scale;
  };
  for (const event of dataset.events) {
    widen(event.date);
    widen(event.end);
  }
  for (const period of dataset.periods) {
    widen(period.start);
    widen(period.end);
  }
  if (scale === 1) return dataset;
  const place = (date: PartialDate) => onScale(date, scale);
  return {
    ...dataset,
    events: dataset.events.map((event) => ({ ...event, date: place(event.date), end: event.end && place(event.end) })),
    periods: dataset.periods.map((period) => ({ ...period, start: place(period.start), end: period.end && place(period.end) })),
  };
}

/** The years one drawn year stands for on this timeline: 1 unless it reaches into deep time. */
export const timeScaleOf = (dataset: Pick<Dataset, "events">): number => dataset.events[0]?.date.scale ?? 1;
