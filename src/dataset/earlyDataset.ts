// A large file's first screen, before its full check: what drawing needs, checked in one cheap
// pass. The full schema (parse.ts) follows in the worker, and a file it refuses ends in the same
// message as ever (docs/performance.md, "The first screen before the full check").
import { parsePartialDate, type PartialDate } from "../lib/dates";
import { ID_PATTERN, MAX_ID_LENGTH } from "../lib/ids";
import { asParagraphs, plainText, type Paragraphs } from "../lib/richText";
import { checkDataset } from "./parse";
import type { Dataset, TimelineEvent } from "./schema";

type Json = Record<string, unknown>;
type Update = TimelineEvent["updates"][number];
type Citation = TimelineEvent["sources"][number];

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
  const dates = calendarDates();
  for (let i = 0; i < raw.length; i++) {
    const event = earlyEvent(raw[i], categories, dates);
    if (!event || seen.has(event.id)) return null;
    seen.add(event.id);
    events[i] = event;
  }
  return { ...head, events };
}

/** One event as the schema's output, or null where a field is not of its type. */
export function earlyEvent(value: unknown, categories: ReadonlySet<string>, calendarDate = calendarDates()): TimelineEvent | null {
  if (!isObject(value)) return null;
  const { id, title, category, summary = null, sources, media = null } = value;
  if (typeof id !== "string" || id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id)) return null;
  if (typeof title !== "string" || title.trim() === "" || typeof category !== "string" || !categories.has(category)) return null;
  const date = calendarDate(value.date);
  const end = value.end == null ? null : calendarDate(value.end);
  if (!date || (value.end != null && !end)) return null;
  if (summary !== null && !isRichText(summary)) return null;
  // Media (imported files) is left to the full check: such a file waits for it.
  if (media !== null) return null;
  const displayDate = optionalText(value.displayDate);
  const place = optionalText(value.place);
  const published = optionalText(value.published);
  const actors = texts(value.actors);
  const aliases = texts(value.aliases);
  const formerIds = texts(value.formerIds);
  const citations = citationsOf(sources);
  const updates = updatesOf(value.updates);
  const translations = translationsOf(value.translations, EVENT_TRANSLATED);
  if (displayDate === undefined || place === undefined || published === undefined) return null;
  if (!actors || !aliases || !formerIds || !citations || !updates || translations === undefined) return null;
  const paragraphs = summary === null ? [] : asParagraphs(summary);
  const event: TimelineEvent = {
    id,
    date,
    end,
    displayDate,
    title,
    summary: plainText(paragraphs),
    category,
    place,
    actors,
    aliases,
    sources: citations,
    media: null,
    formerIds,
    published,
    updates,
    paragraphs,
  };
  if (translations) event.translations = translations as TimelineEvent["translations"];
  return event;
}

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");

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

/** Absent or null: null; text: itself; anything else: undefined (not of its type). */
const optionalText = (value: unknown): string | null | undefined => (value == null ? null : typeof value === "string" ? value : undefined);
/** Absent: []; a list of texts: itself; anything else: undefined. */
const texts = (value: unknown): string[] | undefined => (value === undefined ? [] : isTexts(value) ? value : undefined);

/** Text, or paragraphs of runs (text, or `{ text, href }`). */
function isRichText(value: unknown): value is string | Paragraphs {
  if (typeof value === "string") return true;
  return (
    Array.isArray(value) &&
    value.every(
      (runs) =>
        Array.isArray(runs) &&
        runs.every((run) => typeof run === "string" || (isObject(run) && typeof run.text === "string" && typeof run.href === "string")),
    )
  );
}

function citationsOf(value: unknown): Citation[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const citations: Citation[] = [];
  for (const citation of value) {
    if (!isObject(citation) || typeof citation.source !== "string") return undefined;
    const quotes = texts(citation.quotes);
    if (!quotes) return undefined;
    citations.push({ source: citation.source, quotes });
  }
  return citations;
}

const KINDS = new Set(["update", "correction", "clarification"]);

function updatesOf(value: unknown): Update[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const updates: Update[] = [];
  for (const update of value) {
    if (!isObject(update) || typeof update.date !== "string" || typeof update.note !== "string") return undefined;
    if (typeof update.kind !== "string" || !KINDS.has(update.kind)) return undefined;
    const translations = translationsOf(update.translations, UPDATE_TRANSLATED);
    if (translations === undefined) return undefined;
    const kind = update.kind as Update["kind"];
    updates.push({
      date: update.date,
      kind,
      note: update.note,
      ...(translations ? { translations: translations as Update["translations"] } : {}),
    });
  }
  return updates;
}

/** Each translated field, and whether a value is of its type. */
type Fields = Record<string, (value: unknown) => boolean>;
const isText = (value: unknown) => typeof value === "string";
const isBasis = (value: unknown) => isObject(value) && Object.values(value).every(isText);
const EVENT_TRANSLATED: Fields = {
  title: isText,
  summary: isRichText,
  displayDate: isText,
  place: isText,
  actors: isTexts,
  basis: isBasis,
};
const UPDATE_TRANSLATED: Fields = { note: isText, basis: isBasis };

/** Absent: null; per language, the known fields of their types (others dropped, as the schema
 * drops them); anything else: undefined. */
function translationsOf(value: unknown, fields: Fields): Record<string, Json> | null | undefined {
  if (value === undefined) return null;
  if (!isObject(value)) return undefined;
  const out: Record<string, Json> = {};
  for (const [language, entry] of Object.entries(value)) {
    if (!isObject(entry)) return undefined;
    const kept: Json = {};
    for (const [field, valid] of Object.entries(fields)) {
      if (entry[field] === undefined) continue;
      if (!valid(entry[field])) return undefined;
      kept[field] = entry[field];
    }
    out[language] = kept;
  }
  return out;
}
