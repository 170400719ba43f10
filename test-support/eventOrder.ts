// The order of a raw dataset's events, for the tests and the bench, which read datasets as plain
// JSON: the app's own order (datasetIndex.ts), applied to the dates as written.
import { inDateOrder } from "../src/dataset/datasetIndex";
import { parsePartialDate } from "../src/lib/dates";

/** A copy of `events`, in the app's date order. */
export function byDate<T extends { id: string; date: string }>(events: readonly T[]): T[] {
  return inDateOrder(events, (event) => parsePartialDate(event.date) ?? failed(event));
}

function failed(event: { id: string; date: string }): never {
  throw new Error(`${event.id}: "${event.date}" is not a dataset date`);
}
