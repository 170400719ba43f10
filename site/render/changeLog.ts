import { DEFAULT_DATASET } from "../../src/dataset/datasetUrl.ts";
import { buildIndex } from "../../src/dataset/datasetIndex.ts";
import { parseDataset } from "../../src/dataset/readDatasetNow.ts";
import { languageFolder, pagePath } from "../../src/url/urlState.ts";
import { localise, originalLanguage, siteLanguages, untranslatedLang } from "../../src/dataset/localise.ts";
import { textDigest } from "../../src/lib/textDigest.ts";
import type { Dataset } from "../../src/dataset/schema";
// Pages are drawn in every interface language: all of them loaded at once.
import "../../src/lib/i18n/allLanguages.ts";

/** An update, correction or clarification of an event, as the dataset records it. */
export interface EventChange {
  /** A day or a date-time, as written. */
  date: string;
  kind: "update" | "correction" | "clarification";
  note: string;
  /** On a translation's log, the original's language where the note is left in it. */
  noteLang?: string | null;
}

/** The fields of an event a translation's log shows in the original, each with the original's language. */
export type Originals = Partial<Record<"title" | "summary" | "place" | "category", string>>;

/** One event as the feeds and its page's structured data describe it: plain, serialisable data. */
export interface ChangeLogEvent {
  id: string;
  /** Its page, from the site's root: `event/<id>/`, percent-encoded. */
  path: string;
  title: string;
  /** Plain text; null where the event has none. */
  summary: string | null;
  /** The event's own dates, as written (`2020-07`, `2024-05-30`). */
  date: string;
  end: string | null;
  place: string | null;
  category: { id: string; label: string };
  /** When the event was first published, as written; null where the event does not say (see publishedOf). */
  published?: string | null;
  /** Oldest first, as in the data. */
  updates: EventChange[];
  /** On a translation's log, what it leaves in the original (and in which language). */
  originals?: Originals;
}

/** The published timeline as the feeds and the event pages' structured data need it. */
export interface ChangeLog {
  title: string;
  description: string | null;
  /** The content's original language (the dataset's first), "en" where it names none, as the page's `lang`. */
  language: string;
  /** When the timeline last changed, as written; null where the dataset does not say. */
  updated: string | null;
  /** When the timeline was first published, as written; null where the dataset does not say. */
  published?: string | null;
  /** In the app's order (by date). */
  events: ChangeLogEvent[];
}

/** The build's dataset (already checked by readSiteDataset) read as the app reads it, for the feeds and
 * the structured data. */
export function changeLog(datasetJson: string): ChangeLog {
  return logIn(parseDataset(datasetJson, DEFAULT_DATASET), null);
}

/** The change log as each language the site writes pages in shows it, the original's first: a
 * translation's with its texts where translated, its pages in its folder (`ar/event/<id>/`). */
export function changeLogs(datasetJson: string): ChangeLog[] {
  const dataset = parseDataset(datasetJson, DEFAULT_DATASET);
  return siteLanguages(dataset).map(({ lang, folder }) => logIn(dataset, folder ? lang : null));
}

/** The log of `parsed` as the original's pages show it (`translation` null) or a translation's. */
function logIn(parsed: Dataset, translation: string | null): ChangeLog {
  const dataset = translation ? localise(parsed, translation, textDigest) : parsed;
  const labelOf = new Map(dataset.categories.map((c) => [c.id, c.label]));
  return {
    title: dataset.title,
    description: dataset.description,
    language: translation ?? originalLanguage(parsed),
    updated: dataset.updated,
    published: dataset.published,
    events: buildIndex(dataset).events.map((event) => ({
      id: event.id,
      path: languageFolder(translation) + pagePath("event", event.id),
      title: event.title,
      summary: event.summary || null,
      date: event.date.text,
      end: event.end?.text ?? null,
      place: event.place,
      category: { id: event.category, label: labelOf.get(event.category) ?? event.category },
      published: event.published,
      updates: event.updates
        .map((update) => ({ ...update, noteLang: untranslatedLang(update, "note") }))
        .map(({ date, kind, note, noteLang }) => ({
          date,
          kind,
          note,
          ...(noteLang ? { noteLang } : {}),
        })),
      ...originalsOf(
        event,
        dataset.categories.find((c) => c.id === event.category),
      ),
    })),
  };
}

/** When an event was first published, as written: its own `published`, else the timeline's, else the
 * timeline's `updated` (a dataset that never says when it was published); null where none is given. */
export const publishedOf = (event: Pick<ChangeLogEvent, "published">, log: Pick<ChangeLog, "published" | "updated">): string | null =>
  event.published ?? log.published ?? log.updated;

/** What of an event a translation leaves in the original, field by field (none on the original's log). */
function originalsOf(event: object, category: object | undefined): { originals?: Originals } {
  const originals: Originals = {};
  for (const field of ["title", "summary", "place"] as const) {
    const lang = untranslatedLang(event, field);
    if (lang) originals[field] = lang;
  }
  const categoryLang = untranslatedLang(category, "label");
  if (categoryLang) originals.category = categoryLang;
  return Object.keys(originals).length ? { originals } : {};
}
