import { z } from "zod";
import { parsePartialDate } from "../../lib/dates";

// No eval: the page runs under a CSP without 'unsafe-eval', and zod's probe for it would be reported as a violation.
z.config({ jitless: true });

/** Ids appear in URLs (`#/event/<id>`), so they keep to URL-safe characters. */
const id = z
  .string()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._~-]*$/, "must use only letters, digits, '.', '_', '~' and '-'");

/** Required text: kept exactly as written, but not blank. */
const text = z.string().refine((value) => value.trim() !== "", "must not be empty");

const partialDate = z.string().transform((value, ctx) => {
  const date = parsePartialDate(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: `"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` });
    return z.NEVER;
  }
  return date;
});

const quoteSchema = z.object({
  id,
  speaker: text,
  text,
});

const sourceSchema = z.object({
  id,
  /** The article's plain-text copy, where there is one. */
  file: z.string().nullable().default(null),
  outlet: z.string().nullable(),
  /** Whom the article itself credits (a wire agency, another broadcaster). */
  citing: z.string().nullable().default(null),
  title: z.string().nullable(),
  published: partialDate.nullable(),
  language: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  summary: text,
  quotes: z.array(quoteSchema).default([]),
});

const citationSchema = z.object({
  source: id,
  quotes: z.array(id).default([]),
});

const eventSchema = z.object({
  id,
  date: partialDate,
  end: partialDate.nullable().default(null),
  title: text,
  summary: text,
  category: id,
  place: z.string().nullable().default(null),
  actors: z.array(text).default([]),
  /** Other spellings of names in the event (e.g. "Raeisi"), for search. */
  aliases: z.array(text).default([]),
  sources: z.array(citationSchema).min(1, "must cite at least one source"),
});

const categorySchema = z.object({ id, label: text });

/** An era drawn as a band behind the events, e.g. a presidency. */
const periodSchema = z.object({
  id,
  label: text,
  start: partialDate,
  /** null: the sources do not say when it ended. */
  end: partialDate.nullable(),
  category: id.nullable().default(null),
  summary: z.string().nullable().default(null),
  sources: z.array(citationSchema).min(1, "must cite at least one source"),
});

export const datasetSchema = z
  .object({
    version: z.literal(1),
    title: text,
    description: z.string().nullable().default(null),
    categories: z.array(categorySchema).min(1, "must list at least one category"),
    sources: z.array(sourceSchema),
    events: z.array(eventSchema).min(1, "must hold at least one event"),
    periods: z.array(periodSchema).default([]),
  })
  .superRefine((dataset, ctx) => {
    const report = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

    findDuplicates(dataset.categories, ["categories"], report);
    findDuplicates(dataset.sources, ["sources"], report);
    findDuplicates(dataset.events, ["events"], report);
    findDuplicates(dataset.periods, ["periods"], report);
    dataset.sources.forEach((source, i) => findDuplicates(source.quotes, ["sources", i, "quotes"], report));

    const categoryIds = new Set(dataset.categories.map((c) => c.id));
    const quoteIdsBySource = new Map(dataset.sources.map((s) => [s.id, new Set(s.quotes.map((q) => q.id))]));

    const checkCitations = (citations: { source: string; quotes: string[] }[], path: (string | number)[]) =>
      citations.forEach((citation, j) => {
        const quoteIds = quoteIdsBySource.get(citation.source);
        if (!quoteIds) {
          report([...path, j, "source"], `no source has the id "${citation.source}"`);
          return;
        }
        citation.quotes.forEach((quoteId, k) => {
          if (!quoteIds.has(quoteId)) report([...path, j, "quotes", k], `source "${citation.source}" has no quote "${quoteId}"`);
        });
      });

    dataset.events.forEach((event, i) => {
      if (!categoryIds.has(event.category)) {
        report(["events", i, "category"], `"${event.category}" is not one of the categories`);
      }
      if (event.end && event.end.start < event.date.start) {
        report(["events", i, "end"], `${event.end.text} is before the start date ${event.date.text}`);
      }
      checkCitations(event.sources, ["events", i, "sources"]);
    });

    dataset.periods.forEach((period, i) => {
      if (period.category !== null && !categoryIds.has(period.category)) {
        report(["periods", i, "category"], `"${period.category}" is not one of the categories`);
      }
      if (period.end && period.end.start < period.start.start) {
        report(["periods", i, "end"], `${period.end.text} is before the start date ${period.start.text}`);
      }
      checkCitations(period.sources, ["periods", i, "sources"]);
    });
  });

function findDuplicates(items: { id: string }[], path: (string | number)[], report: (path: (string | number)[], message: string) => void) {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, i);
    else report([...path, i, "id"], `duplicate id "${item.id}" (also at ${formatPath([...path, first])})`);
  });
}

export type Dataset = z.output<typeof datasetSchema>;
export type TimelineEvent = Dataset["events"][number];
export type Source = Dataset["sources"][number];
export type Quote = Source["quotes"][number];
export type Category = Dataset["categories"][number];
export type Period = Dataset["periods"][number];

/** ["events", 3, "date"] → "events[3].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}
