import type { PartialDate } from "../lib/dates";
import type { TimelineEvent } from "./schema";

/** Events go from the worker to the page as JSON text, their dates as numbers: the page parses
 * that faster than it reads the same objects from a structured clone. A summary without links is
 * sent once, as its text (`readSlice` rebuilds its paragraphs). */
export function writeSlice(events: readonly TimelineEvent[]): string {
  return JSON.stringify(
    events.map((event) => {
      const [first, ...more] = event.paragraphs;
      const plain = !first || (more.length === 0 && first.length === 1 && first[0] === event.summary);
      return { ...event, date: timesOf(event.date), end: event.end && timesOf(event.end), paragraphs: plain ? [] : event.paragraphs };
    }),
  );
}

/** The events `writeSlice` wrote, as they were. */
export function readSlice(json: string): TimelineEvent[] {
  const events = JSON.parse(json) as TimelineEvent[];
  for (const event of events) {
    reviveDate(event.date);
    if (event.end) reviveDate(event.end);
    if (!event.paragraphs.length && event.summary) event.paragraphs = [[event.summary]];
  }
  return events;
}

const timesOf = (date: PartialDate) => ({ ...date, start: date.start.getTime(), end: date.end.getTime() });

function reviveDate(date: PartialDate) {
  date.start = new Date(date.start);
  date.end = new Date(date.end);
}
