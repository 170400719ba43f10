// A large file's first screen, before its full check: what drawing needs, checked in one cheap
// pass. The full schema (parse.ts) follows in the worker, and a file it refuses ends in the same
// message as ever (docs/performance.md, "The first screen before the full check").
import { parsePartialDate, type PartialDate } from "../lib/dates";
import { ID_PATTERN, MAX_ID_LENGTH } from "../lib/ids";
import { asParagraphs, plainText, type Paragraphs } from "../lib/richText";
import { checkDataset } from "./parse";
import { datasetSchema, type Dataset, type TimelineEvent } from "./schema";
import { fieldsOf, fieldsReader, WRONG } from "./schemaShape";

type Json = Record<string, unknown>;

/** The dataset in `json` as the schema would read it, where every event's draw fields hold (ids
 * well-formed and unique, dates that parse to calendar dates, a title, a category that exists) and
 * every other field has its type; the head (title, categories, sources, periods, languages) is read
 * by the schema itself. Null where any of that fails: the file then waits for the full check,
 * which says what is wrong. What this pass leaves to the full check: blank and malformed text,
 * links' addresses, language tags, cited sources and quotes that exist, ends after starts, update order. */
export function earlyDataset(json: unknown): Dataset | null {
  if (!isObject(json) || !Array.isArray(json.events) || json.events.length === 0) return null;
  const raw: unknown[] = json.events;
  const head = checkDataset({ ...json, events: [raw[0]] }).dataset;
  // A timeline reaching into deep time is drawn on one scale of all its dates: the full check's.
  if (!head || head.events[0]!.date.scale !== undefined) return null;
  const categories = new Set(head.categories.map((category) => category.id));
  const seen = new Set<string>();
  const events = new Array<TimelineEvent>(raw.length);
  const read = eventReader();
  for (let i = 0; i < raw.length; i++) {
    const event = earlyEvent(raw[i], categories, read);
    if (!event || seen.has(event.id)) return null;
    seen.add(event.id);
    events[i] = event;
  }
  return { ...head, events };
}

/** The event's fields and their types, as the schema states them. */
const EVENT_FIELDS = eventFields();

function eventFields() {
  const events = fieldsOf(datasetSchema).events!;
  if (events.kind !== "list" || events.items.kind !== "object") throw new Error("earlyDataset: the schema's events are a list of objects");
  return events.items.fields;
}

/** Reads an event's fields by their types, its dates on the calendar's scale (one file's dates parsed once). */
function eventReader() {
  const calendarDate = calendarDates();
  return fieldsReader(EVENT_FIELDS, (text) => calendarDate(text) ?? WRONG);
}

/** One event as the schema's output, or null where a field is not of its type (read off the schema,
 * schemaShape.ts) or a draw field does not hold. */
export function earlyEvent(value: unknown, categories: ReadonlySet<string>, readEvent = eventReader()): TimelineEvent | null {
  if (!isObject(value)) return null;
  // Media (imported files) is left to the full check: such a file waits for it.
  if (value.media != null) return null;
  const read = readEvent(value);
  if (read === WRONG) return null;
  const event = read as Omit<TimelineEvent, "summary" | "paragraphs"> & { summary: string | Paragraphs | null };
  const { id, title, category } = event;
  if (id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id)) return null;
  if (title.trim() === "" || !categories.has(category) || event.sources.length === 0) return null;
  const paragraphs = event.summary === null ? [] : asParagraphs(event.summary);
  return Object.assign(event, { summary: plainText(paragraphs), paragraphs });
}

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A date the schema reads, on the calendar's own scale, each text parsed once: a log holds a few
 * thousand dates over its events, and a date's parse (four local dates) cost more than the rest of the pass. */
function calendarDates(): (value: unknown) => PartialDate | null {
  const parsed = new Map<string, PartialDate | null>();
  return (value) => {
    if (typeof value !== "string") return null;
    let date = parsed.get(value);
    if (date === undefined) {
      date = parsePartialDate(value);
      parsed.set(value, date && date.scale === undefined ? date : null);
    }
    return date && date.scale === undefined ? date : null;
  };
}
