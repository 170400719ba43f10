// A large log's first screen from its drawing columns: the worker sends each event's id, title,
// dates and category as a few typed arrays and one string (transferred, not cloned), the page draws
// from them, and each event's record (summary, sources, actors, place) follows in slices, filled
// into the same event (docs/scale.md, "What is built").
import type { PartialDate } from "../lib/dates";
import { DEFAULT_CONTENT_LANG } from "./localise";
import type { Category, Dataset, TimelineEvent } from "./schema";

/** The drawing columns of events in date order. Each date is written once in `dates` (a log holds
 * a few thousand over its events) and named by its place there. */
export interface DrawColumns {
  count: number;
  /** Every event's id, then its title, one after the other. */
  text: string;
  /** Where each id and each title ends in `text`: 2 per event. */
  cuts: Uint32Array;
  /** JSON of the distinct dates not sent in earlier columns: [text, precision, start time, end time]. */
  dates: string;
  /** Each event's date, by its place among all the dates sent. */
  date: Uint32Array;
  /** Each event's end, likewise; -1 for none. */
  end: Int32Array;
  /** Each event's category, by its place in the dataset's categories. */
  category: Uint16Array;
}

/** The columns' buffers, to transfer rather than copy. */
export const columnBuffers = (columns: DrawColumns): ArrayBuffer[] =>
  [columns.cuts, columns.date, columns.end, columns.category].map((column) => column.buffer as ArrayBuffer);

/** Whether the columns draw these events as their records would: no event holds a field the
 * timeline, the opening view or the changes read beyond the columns (a display date, updates, a
 * publication date, former ids, translations, media). Such a file is sent whole, as before. */
export function drawnByColumns({ events, categories, languages }: Pick<Dataset, "events" | "categories" | "languages">): boolean {
  // A timeline in another language, or in more than one, is localised event by event (localise.ts):
  // its events are copied, and the copies would not hear of their records.
  if (languages.length > 1 || languages.some((language) => language.code !== DEFAULT_CONTENT_LANG)) return false;
  if (categories.length > 0xffff) return false;
  for (const event of events) {
    if (event.displayDate !== null || event.updates.length || event.published !== null) return false;
    if (event.formerIds.length || event.translations || event.media || event.date.scale !== undefined) return false;
  }
  return true;
}

/** The dates already sent, by text, and their places: the columns of a log go in several messages
 * (a task each on the page), and each distinct date is sent once over all of them. */
export type SentDates = Map<string, number>;

/** The columns of `events` (in date order); `dates` holds the dates earlier columns sent, and each
 * date sent here is added to it. */
export function writeColumns(
  events: readonly TimelineEvent[],
  categories: readonly Category[],
  dateAt: SentDates = new Map(),
): DrawColumns {
  const count = events.length;
  const cuts = new Uint32Array(count * 2);
  const date = new Uint32Array(count);
  const end = new Int32Array(count);
  const category = new Uint16Array(count);
  const categoryAt = new Map(categories.map((c, i) => [c.id, i]));
  const dates: [string, PartialDate["precision"], number, number][] = [];
  const placeOf = (value: PartialDate) => {
    let at = dateAt.get(value.text);
    if (at === undefined) {
      dateAt.set(value.text, (at = dateAt.size));
      dates.push([value.text, value.precision, value.start.getTime(), value.end.getTime()]);
    }
    return at;
  };
  const parts: string[] = new Array<string>(count * 2);
  let length = 0;
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    parts[2 * i] = event.id;
    parts[2 * i + 1] = event.title;
    cuts[2 * i] = length += event.id.length;
    cuts[2 * i + 1] = length += event.title.length;
    date[i] = placeOf(event.date);
    end[i] = event.end ? placeOf(event.end) : -1;
    category[i] = categoryAt.get(event.category)!;
  }
  return { count, text: parts.join(""), cuts, dates: JSON.stringify(dates), date, end, category };
}

/** Shared by every event until its record arrives: never written to (frozen). */
const NONE: readonly never[] = Object.freeze([]);

/** The events the columns draw: id, dates, title and category, each distinct date one object
 * (`dates` holds those of earlier columns, and gains these'); every other field at its default
 * until `fillRecords` gives it the event's own. */
export function readColumns(columns: DrawColumns, categories: readonly Category[], dates: PartialDate[] = []): TimelineEvent[] {
  const { count, text, cuts } = columns;
  for (const [text, precision, start, end] of JSON.parse(columns.dates) as [string, PartialDate["precision"], number, number][])
    dates.push({ text, precision, start: new Date(start), end: new Date(end) });
  const events = new Array<TimelineEvent>(count);
  let from = 0;
  for (let i = 0; i < count; i++) {
    const idEnd = cuts[2 * i]!;
    const titleEnd = cuts[2 * i + 1]!;
    const endAt = columns.end[i]!;
    // Cast: the shared lists are read-only; the record that follows replaces them.
    events[i] = {
      id: text.slice(from, idEnd),
      date: dates[columns.date[i]!]!,
      end: endAt < 0 ? null : dates[endAt]!,
      displayDate: null,
      title: text.slice(idEnd, titleEnd),
      summary: "",
      category: categories[columns.category[i]!]!.id,
      place: null,
      actors: NONE,
      aliases: NONE,
      sources: NONE,
      media: null,
      formerIds: NONE,
      published: null,
      updates: NONE,
      paragraphs: NONE,
    } as unknown as TimelineEvent;
    from = titleEnd;
  }
  return events;
}

/** An event's record as sent after the columns: the fields they leave out (paragraphs only where
 * they are not the summary's text). */
type SentRecord = [
  id: string,
  summary: string,
  place?: string | null,
  actors?: string[],
  aliases?: string[],
  sources?: TimelineEvent["sources"],
  paragraphs?: TimelineEvent["paragraphs"],
];

/** The records of `events` (in date order), for `fillRecords`: the fields the columns leave out. */
export function writeRecords(events: readonly TimelineEvent[]): string {
  return JSON.stringify(
    events.map((event): SentRecord => {
      const [first, ...more] = event.paragraphs;
      // A summary without links is its one paragraph: sent once, as its text.
      const ownParagraphs = first && !(more.length === 0 && first.length === 1 && first[0] === event.summary);
      const record: SentRecord = [event.id, event.summary, event.place, event.actors, event.aliases, event.sources];
      if (ownParagraphs) record.push(event.paragraphs);
      return record;
    }),
  );
}

/** Fills the records `writeRecords` wrote (of the events from position `from` on, as the worker's
 * slices bring them) into the events the columns drew, keeping their objects (every look-up holds
 * them) and dates; `cited` hears of each citation, in date order. */
export function fillRecords(
  events: readonly TimelineEvent[],
  from: number,
  json: string,
  cited: (source: string, event: TimelineEvent) => void,
): void {
  const records = JSON.parse(json) as SentRecord[];
  for (let i = 0; i < records.length; i++) {
    const event = events[from + i]!;
    const [id, summary, place = null, actors = [], aliases = [], sources = [], paragraphs] = records[i]!;
    if (id !== event.id) throw new Error(`fillRecords: the record of ${id} came in the place of ${event.id}.`);
    event.summary = summary;
    event.place = place;
    event.actors = actors;
    event.aliases = aliases;
    event.sources = sources;
    event.paragraphs = paragraphs ?? (summary ? [[summary]] : []);
    for (const citation of sources) cited(citation.source, event);
  }
}
