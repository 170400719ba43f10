// zod's tree-shakable build: the schema is on the page's first-paint path for a `?data=` file, where
// classic zod weighed more than everything else that paint needs. Its English messages, as classic's.
import { z } from "zod/mini";
import { en } from "zod/locales";
import { isBefore, parsePartialDate } from "../lib/dates.ts";
import { asParagraphs, plainText } from "../lib/richText.ts";
import { linkHref } from "../lib/addressPolicy.ts";
import { ID_PATTERN, MAX_ID_BYTES, MAX_ID_LENGTH, utf8Length } from "../lib/ids.ts";

// No eval: the page runs under a CSP without 'unsafe-eval', and zod's probe for it would be reported as a violation.
z.config({ jitless: true, ...en() });

/** Ids appear in URLs (`event/<id>/`, `#/event/<id>`, percent-encoded) and name folders, so they
 * hold letters and digits of any script (with their marks), '.', '_', '~' and '-': no spaces, no
 * '/', '?', '#' or '%'. A leading `_` is allowed: TimelineJS gives it to ids that start with a digit. */
const id = z.string().check(
  z.minLength(1, "must not be empty"),
  z.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
  z.regex(ID_PATTERN, "must use only letters, digits, '.', '_', '~' and '-', and begin with a letter, a digit or '_'"),
  z.refine((value) => utf8Length(value) <= MAX_ID_BYTES, `must be at most ${MAX_ID_BYTES} bytes in UTF-8 (it names a folder)`),
);

/** Required text: kept exactly as written, but not blank. */
const text = z.string().check(z.refine((value) => value.trim() !== "", "must not be empty"));

const partialDate = z.pipe(
  z.string(),
  z.transform((value: string, payload) => {
    const date = parsePartialDate(value);
    if (date) return date;
    payload.issues.push({
      code: "custom",
      input: value,
      message: `"${value}" is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (a negative year for BCE, e.g. -0500; a year beyond ±271,820 alone, e.g. -13800000000)`,
    });
    return z.NEVER;
  }),
);

/** A link in a text: only http(s) addresses; anything else (`javascript:`, `data:`) is refused. */
const httpUrl = z.string().check(z.refine((value) => linkHref(value) !== null, "must be an absolute http(s) address"));

/** Optional text or value: absent and null are both null. */
const orNull = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null);

/** Text with links, as plain data: a string, or paragraphs of runs (a string, or `{ text, href }`). */
const richText = z.union([
  text,
  z
    .array(z.array(z.union([z.string(), z.object({ text, href: httpUrl })])).check(z.minLength(1, "a paragraph must not be empty")))
    .check(z.minLength(1, "must not be empty")),
]);

/** A content language: a BCP 47 tag such as "en", "ar", "fa" or "zh-Hant". */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const languageTag = z.string().check(z.regex(LANGUAGE_TAG, 'must be a language tag such as "en", "ar" or "fa"'));

/** One of the dataset's content languages. The first is the original; each other one says who
 * translated it ("the Arabic desk", a person's name) and how (by people, or by machine), and whether
 * someone reviewed it. */
const languageSchema = z.object({
  code: languageTag,
  /** The language's own name for itself, e.g. "العربية"; the interface names it where null. */
  name: orNull(z.string()),
  translator: orNull(z.string()),
  method: orNull(z.enum(["human", "machine"])),
  reviewed: z._default(z.boolean(), false),
});

/** Translations of an item's texts, per language: `{ "ar": { "title": "…" } }`. Each language's entry
 * may hold `basis`: per field, a digest of the original text it was translated from (the studio's
 * `textDigest`), so a translation made before the original changed can be told out of date. */
const translations = <T extends Record<string, z.ZodMiniType>>(fields: T) =>
  z.optional(z.record(languageTag, z.object({ ...fields, basis: z.optional(z.record(z.string(), z.string())) })));

/** A day, or a date-time (its zone optional): when something was published or changed. */
const dayOrDateTime = (message: string) =>
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, message));
const DATE_TIME_MESSAGE = "must be a date-time, YYYY-MM-DDTHH:MM[:SS]Z, or a day";

/** A change made to an event after it was first published, in the open. */
const updateSchema = z.object({
  /** A day, or a date-time: when the change was made. */
  date: dayOrDateTime("must be a day, YYYY-MM-DD, or a date-time, YYYY-MM-DDTHH:MM[:SS][Z]"),
  kind: z.enum(["update", "correction", "clarification"]),
  /** What changed, in plain words. */
  note: text,
  translations: translations({ note: z.optional(text) }),
});

/** An image or other media with an event (from TimelineJS): shown as a link unless it is on this site. */
const mediaSchema = z.object({
  url: orNull(z.string()),
  caption: orNull(richText),
  credit: orNull(richText),
  alt: orNull(z.string()),
  thumbnail: orNull(z.string()),
  link: orNull(httpUrl),
  translations: translations({ caption: z.optional(richText), credit: z.optional(richText), alt: z.optional(text) }),
});

/** That the studio found the quote word for word in its article's text: on which day, and a digest
 * of the text it was checked against (so a reader, or a later check, can tell it is the same). */
const quoteCheckSchema = z.object({
  on: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day, YYYY-MM-DD")),
  article: orNull(z.string()),
});

const quoteSchema = z.object({
  id,
  speaker: text,
  /** Verbatim, in the language it was said or reported in: never replaced by a translation. */
  text,
  /** The quote's own language; where null, its source's `language`, else the dataset's original. */
  language: orNull(languageTag),
  checked: orNull(quoteCheckSchema),
  /** Shown beside the quote, always marked as translations. */
  translations: translations({ text: z.optional(text) }),
});

const sourceSchema = z.object({
  id,
  /** The article's plain-text copy, where there is one. */
  file: orNull(z.string()),
  outlet: z.nullable(z.string()),
  /** Whom the article itself credits (a wire agency, another broadcaster). */
  citing: orNull(z.string()),
  title: z.nullable(z.string()),
  published: z.nullable(partialDate),
  language: orNull(z.string()),
  url: orNull(z.string()),
  summary: text,
  quotes: z._default(z.array(quoteSchema), []),
  translations: translations({ title: z.optional(text), summary: z.optional(text) }),
  /** Where the source is the file a timeline was imported from (TimelineJS's slides name no sources):
   * its name and format. The explorer then says so, in the reader's language, rather than an article's
   * outlet, date and link. */
  imported: orNull(z.object({ file: text, format: text })),
});

const citationSchema = z.object({
  source: id,
  quotes: z._default(z.array(id), []),
});

const eventSchema = z.pipe(
  z.object({
    id,
    date: partialDate,
    end: orNull(partialDate),
    /** Shown instead of the computed date text (TimelineJS's `display_date`); `<time datetime>` keeps the date. */
    displayDate: orNull(z.string()),
    title: text,
    /** Plain text, or paragraphs with links; absent where there is nothing to add to the title. */
    summary: orNull(richText),
    category: id,
    place: orNull(z.string()),
    actors: z._default(z.array(text), []),
    /** Other spellings of names in the event (e.g. "Raeisi"), for search. */
    aliases: z._default(z.array(text), []),
    sources: z.array(citationSchema).check(z.minLength(1, "must cite at least one source")),
    media: orNull(mediaSchema),
    /** Ids the event had before (a TimelineJS file's own `#event-` ids): links to them still open it. */
    formerIds: z._default(z.array(z.string()), []),
    /** When the event was first published: a date-time (or a day); where null, the dataset's `published`. */
    published: orNull(dayOrDateTime(DATE_TIME_MESSAGE)),
    /** Updates and corrections made since it was first published, oldest first. */
    updates: z._default(z.array(updateSchema), []),
    translations: translations({
      title: z.optional(text),
      summary: z.optional(richText),
      displayDate: z.optional(text),
      place: z.optional(text),
      actors: z.optional(z.array(text)),
    }),
  }),
  // The plain text serves search, titles and descriptions; the paragraphs, the event's detail.
  // zod's output is its own new object: it is completed in place (a copy per event costs seconds of GC at 100,000).
  z.transform((event) => {
    const paragraphs = event.summary === null ? [] : asParagraphs(event.summary);
    return Object.assign(event, { summary: plainText(paragraphs), paragraphs });
  }),
);

const categorySchema = z.object({ id, label: text, translations: translations({ label: z.optional(text) }) });

/** An era drawn as a band behind the events, e.g. a presidency. */
const periodSchema = z.object({
  id,
  label: text,
  start: partialDate,
  /** null: the sources do not say when it ended. */
  end: z.nullable(partialDate),
  category: orNull(id),
  summary: orNull(z.string()),
  sources: z.array(citationSchema).check(z.minLength(1, "must cite at least one source")),
  translations: translations({ label: z.optional(text), summary: z.optional(text) }),
});

export const datasetSchema = z
  .object({
    version: z.literal(1),
    title: text,
    description: orNull(z.string()),
    /** What an import left out (slides without a date…), shown as a notice. */
    notes: z._default(z.array(z.string()), []),
    categories: z.array(categorySchema).check(z.minLength(1, "must list at least one category")),
    sources: z.array(sourceSchema),
    events: z.array(eventSchema).check(z.minLength(1, "must hold at least one event")),
    periods: z._default(z.array(periodSchema), []),
    /** The content languages, the original first; absent for a timeline in one language. */
    languages: z._default(z.array(languageSchema), []),
    translations: translations({ title: z.optional(text), description: z.optional(text) }),
    /** When the timeline last changed: a date-time (or a day). */
    updated: orNull(dayOrDateTime(DATE_TIME_MESSAGE)),
    /** When the timeline was first published: a date-time (or a day). Dates, in the feeds, an event
     * that carries no `published` of its own. */
    published: orNull(dayOrDateTime(DATE_TIME_MESSAGE)),
    /** What the reader sees first: the whole timeline, or its latest event selected. */
    opening: z._default(z.enum(["whole", "latest"]), "whole"),
    /** Seconds between an open page's checks for a new version of the file; 0: never. */
    refresh: z._default(z.int().check(z.minimum(0, "must be 0 (never) or more seconds")), 300),
  })
  .check(
    z.superRefine((dataset, ctx) => {
      const report = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

      findDuplicates(dataset.categories, ["categories"], report);
      findDuplicates(dataset.sources, ["sources"], report);
      findDuplicates(dataset.events, ["events"], report);
      findDuplicates(dataset.periods, ["periods"], report);
      dataset.sources.forEach((source, i) => findDuplicates(source.quotes, ["sources", i, "quotes"], report));

      const categoryIds = new Set(dataset.categories.map((c) => c.id));
      const quoteIdsBySource = new Map(dataset.sources.map((s) => [s.id, new Set(s.quotes.map((q) => q.id))]));

      // The path is built only for a problem: one array per event adds up at 100,000.
      const checkCitations = (citations: { source: string; quotes: string[] }[], path: () => (string | number)[]) =>
        citations.forEach((citation, j) => {
          const quoteIds = quoteIdsBySource.get(citation.source);
          if (!quoteIds) {
            report([...path(), j, "source"], `no source has the id "${citation.source}"`);
            return;
          }
          citation.quotes.forEach((quoteId, k) => {
            if (!quoteIds.has(quoteId)) report([...path(), j, "quotes", k], `source "${citation.source}" has no quote "${quoteId}"`);
          });
        });

      dataset.events.forEach((event, i) => {
        if (!categoryIds.has(event.category)) {
          report(["events", i, "category"], `"${event.category}" is not one of the categories`);
        }
        if (event.end && isBefore(event.end, event.date)) {
          report(["events", i, "end"], `${event.end.text} is before the start date ${event.date.text}`);
        }
        checkCitations(event.sources, () => ["events", i, "sources"]);
      });

      checkLanguages(dataset, report);
      dataset.events.forEach((event, i) => checkUpdateOrder(event.updates, ["events", i, "updates"], report));

      dataset.periods.forEach((period, i) => {
        if (period.category !== null && !categoryIds.has(period.category)) {
          report(["periods", i, "category"], `"${period.category}" is not one of the categories`);
        }
        if (period.end && isBefore(period.end, period.start)) {
          report(["periods", i, "end"], `${period.end.text} is before the start date ${period.start.text}`);
        }
        checkCitations(period.sources, () => ["periods", i, "sources"]);
      });
    }),
  );

type Report = (path: (string | number)[], message: string) => void;
type Translated = { translations?: Record<string, unknown> };
type RawDataset = Translated & {
  languages: { code: string }[];
  categories: Translated[];
  sources: (Translated & { language: string | null; quotes: (Translated & { language: string | null })[] })[];
  events: (Translated & { media: Translated | null; updates: Translated[] })[];
  periods: Translated[];
};

/** Every translation names one of the dataset's languages other than the original, and a quote is
 * never "translated" into its own language: its text is the verbatim original. */
function checkLanguages(dataset: RawDataset, report: Report) {
  const [original, ...others] = dataset.languages.map((language) => language.code);
  const seen = new Map<string, number>();
  dataset.languages.forEach(({ code }, i) => {
    const first = seen.get(code.toLowerCase());
    if (first === undefined) seen.set(code.toLowerCase(), i);
    else report(["languages", i, "code"], `"${code}" is named twice (also at languages[${first}])`);
  });
  const translatedInto = new Set(others.map((code) => code.toLowerCase()));

  const checkItem = (item: Translated, path: (string | number)[], ownLanguage?: string) => {
    for (const language of Object.keys(item.translations ?? {})) {
      const at = [...path, "translations", language];
      if (original === undefined) {
        report(at, `a translation needs the dataset's languages: list them in "languages", the original first`);
      } else if (ownLanguage !== undefined && language.toLowerCase() === ownLanguage.toLowerCase()) {
        report(at, `a quote in ${ownLanguage} cannot have a translation into ${ownLanguage}: its text is the verbatim original`);
      } else if (language.toLowerCase() === original.toLowerCase()) {
        report(at, `"${language}" is the original language: change the text itself, not a translation`);
      } else if (!translatedInto.has(language.toLowerCase())) {
        report(at, `"${language}" is not one of the dataset's languages (${dataset.languages.map((l) => l.code).join(", ")})`);
      }
    }
  };

  checkItem(dataset, []);
  dataset.categories.forEach((category, i) => checkItem(category, ["categories", i]));
  dataset.periods.forEach((period, i) => checkItem(period, ["periods", i]));
  dataset.sources.forEach((source, i) => {
    checkItem(source, ["sources", i]);
    source.quotes.forEach((quote, j) => checkItem(quote, ["sources", i, "quotes", j], quote.language ?? source.language ?? original));
  });
  dataset.events.forEach((event, i) => {
    if (event.translations) checkItem(event, ["events", i]);
    if (event.media) checkItem(event.media, ["events", i, "media"]);
    event.updates.forEach((update, j) => checkItem(update, ["events", i, "updates", j]));
  });
}

/** Updates are listed oldest first, as a log is read. */
function checkUpdateOrder(updates: { date: string }[], path: (string | number)[], report: Report) {
  updates.forEach((update, i) => {
    const before = updates[i - 1];
    if (before && update.date.slice(0, 10) < before.date.slice(0, 10)) {
      report([...path, i, "date"], `${update.date} is before the update above it (${before.date}): list updates oldest first`);
    }
  });
}

function findDuplicates(items: { id: string }[], path: (string | number)[], report: (path: (string | number)[], message: string) => void) {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, i);
    else report([...path, i, "id"], `duplicate id "${item.id}" (also at ${formatPath([...path, first])})`);
  });
}

export type Dataset = z.output<typeof datasetSchema>;
/** A dataset as written in a file, before the schema's defaults and dates: what the studio edits. */
export type DatasetInput = z.input<typeof datasetSchema>;
export type TimelineEvent = Dataset["events"][number];
export type Source = Dataset["sources"][number];
export type Quote = Source["quotes"][number];
export type Category = Dataset["categories"][number];
export type Period = Dataset["periods"][number];

/** ["events", 3, "date"] → "events[3].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    // A key that is not a plain name is quoted, so a NUL or half a surrogate is shown escaped.
    if (!/^[\p{L}\p{N}_$-]+$/u.test(String(key))) return `${out}[${JSON.stringify(String(key))}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}
