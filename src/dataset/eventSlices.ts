import type { PartialDate } from "../lib/dates";
import type { TimelineEvent } from "./schema";

/** Events go from the worker to the page as JSON text, their dates as numbers: the page parses
 * that faster than it reads the same objects from a structured clone. A field at its default (null,
 * an empty list) is left out, and a summary without links is sent once, as its text (`readSlice`
 * rebuilds its paragraphs): a large log's slices are mostly defaults, and the last slice, which the
 * first screen waits for, comes sooner the less there is to write and read. */
export function writeSlice(events: readonly TimelineEvent[]): string {
  return JSON.stringify(events.map(sent));
}

/** The events `writeSlice` wrote, as they were: every field in the schema's order, so that every
 * event has the same shape on the page. */
export function readSlice(json: string): TimelineEvent[] {
  return (JSON.parse(json) as Sent[]).map((sent) => {
    // Cast: the paragraphs come last, after the translations where there are any, as the schema writes them.
    const event = {
      id: sent.id,
      date: revived(sent.date),
      end: sent.end ? revived(sent.end) : null,
      displayDate: sent.displayDate ?? null,
      title: sent.title,
      summary: sent.summary,
      category: sent.category,
      place: sent.place ?? null,
      actors: sent.actors ?? [],
      aliases: sent.aliases ?? [],
      sources: sent.sources,
      media: sent.media ?? null,
      formerIds: sent.formerIds ?? [],
      published: sent.published ?? null,
      updates: sent.updates ?? [],
    } as TimelineEvent;
    if (sent.translations) event.translations = sent.translations;
    event.paragraphs = sent.paragraphs ?? (sent.summary ? [[sent.summary]] : []);
    return event;
  });
}

/** An event as sent: its defaults left out, its dates' times as numbers. */
type Sent = Partial<Omit<TimelineEvent, "date" | "end">> &
  Pick<TimelineEvent, "id" | "title" | "summary" | "category" | "sources"> & { date: SentDate; end?: SentDate };
type SentDate = Omit<PartialDate, "start" | "end"> & { start: number; end: number };

/** Field by field (not a loop over its keys): the worker writes 100,000 of these before the last
 * slice leaves. A field the schema gains is added here and in `readSlice` (the round trip's test holds them equal). */
function sent(event: TimelineEvent): Sent {
  const { id, title, summary, category, sources } = event;
  const out: Sent = { id, date: timesOf(event.date), title, summary, category, sources };
  if (event.end) out.end = timesOf(event.end);
  if (event.displayDate !== null) out.displayDate = event.displayDate;
  if (event.place !== null) out.place = event.place;
  if (event.actors.length) out.actors = event.actors;
  if (event.aliases.length) out.aliases = event.aliases;
  if (event.media) out.media = event.media;
  if (event.formerIds.length) out.formerIds = event.formerIds;
  if (event.published !== null) out.published = event.published;
  if (event.updates.length) out.updates = event.updates;
  if (event.translations) out.translations = event.translations;
  const [first, ...more] = event.paragraphs;
  if (first && !(more.length === 0 && first.length === 1 && first[0] === summary)) out.paragraphs = event.paragraphs;
  return out;
}

const timesOf = (date: PartialDate): SentDate => ({ ...date, start: date.start.getTime(), end: date.end.getTime() });
const revived = (date: SentDate): PartialDate => ({ ...date, start: new Date(date.start), end: new Date(date.end) });
