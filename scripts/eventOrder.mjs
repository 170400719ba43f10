// The order of a raw dataset's events, as the app shows them (datasetIndex.ts's sortedByDate):
// earliest first; on the same start, the less precise date first ("2024" before "2024-05"); then by
// id. For the tests and the bench, which read datasets as plain JSON.

/** A copy of `events`, in the app's date order. */
export function byDate(events) {
  return [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.date.length - b.date.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
