/** What the address bar says about the view. The URL is the one source of truth
 * for the selection: components read it from here and change it through `navigation.ts`. */
export interface UrlState {
  /** The event named by `#/event/<id>`, decoded; not yet checked against the data. */
  eventId: string | null;
  /** The period named by `#/period/<id>`, decoded. */
  periodId: string | null;
  /** `?data=`: the dataset to load instead of the default. */
  dataParam: string | null;
  /** `?embed=1`: compact layout for an iframe. */
  embed: boolean;
  /** `?q=`: the search query ("" for none). */
  query: string;
  /** `?categories=a,b`: the categories shown; null shows all. */
  categories: string[] | null;
  /** `?lang=`: the interface language asked for, if any (checked by the i18n module). */
  lang: string | null;
}

const EVENT_HASH = /^#\/event\/(.*)$/;
const PERIOD_HASH = /^#\/period\/(.*)$/;
/** TimelineJS-style `#event-<id>`. */
const LEGACY_EVENT_HASH = /^#event-(.+)$/;

export function parseUrlState(href: string): UrlState {
  const url = new URL(href);
  const match = EVENT_HASH.exec(url.hash);
  const eventId = match ? safeDecode(match[1]!) : null;
  const periodMatch = PERIOD_HASH.exec(url.hash);
  const periodId = periodMatch ? safeDecode(periodMatch[1]!) : null;
  const categories = url.searchParams.get("categories");
  return {
    eventId: eventId === "" ? null : eventId,
    periodId: periodId === "" ? null : periodId,
    dataParam: url.searchParams.get("data"),
    embed: url.searchParams.get("embed") === "1",
    query: (url.searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH),
    categories: categories === null ? null : categories.split(",").filter(Boolean),
    lang: url.searchParams.get("lang"),
  };
}

const MAX_QUERY_LENGTH = 200;

/** The same address in another interface language. */
export function hrefWithLanguage(href: string, lang: string): string {
  const url = new URL(href);
  url.searchParams.set("lang", lang);
  return url.href;
}

/** The same address with the search query set (or removed, when empty). */
export function hrefWithQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim()) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  return url.href;
}

/** The same address showing only `categories` (all of them, for null). */
export function hrefWithCategories(href: string, categories: readonly string[] | null): string {
  const url = new URL(href);
  if (categories === null) url.searchParams.delete("categories");
  else url.searchParams.set("categories", categories.join(","));
  return url.href;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // malformed escapes: keep the raw text; it will simply match no event
  }
}

/** The hash fragment that selects an event. */
export function eventHash(id: string): string {
  return `#/event/${encodeURIComponent(id)}`;
}

/** The hash fragment that selects a period. */
export function periodHash(id: string): string {
  return `#/period/${encodeURIComponent(id)}`;
}

/** The same address with period `id` selected. */
export function hrefWithPeriod(href: string, id: string): string {
  const url = new URL(href);
  url.hash = periodHash(id);
  return url.href;
}

/** The same address with `id` selected (or nothing selected, for null). */
export function hrefWithEvent(href: string, id: string | null): string {
  const url = new URL(href);
  url.hash = id === null ? "" : eventHash(id);
  return url.href;
}

/** The link to share for one event: this dataset with that event selected, and nothing of this
 * reader's own view (search, filters, embed layout, interface language). */
export function eventShareHref(href: string, id: string): string {
  const url = new URL(href);
  for (const name of ["q", "categories", "embed", "lang", "event"]) url.searchParams.delete(name);
  url.hash = eventHash(id);
  return url.href;
}

/** Rewrites the accepted aliases (`?event=<id>`, `#event-<id>`) to the canonical
 * `#/event/<id>`; returns null when the address is already canonical. */
export function canonicalHref(href: string): string | null {
  const url = new URL(href);
  const queryId = url.searchParams.get("event");
  const legacy = LEGACY_EVENT_HASH.exec(url.hash);
  if (queryId === null && !legacy) return null;
  url.searchParams.delete("event");
  const id = queryId ?? safeDecode(legacy![1]!);
  // An explicit canonical hash wins over the query alias.
  if (!EVENT_HASH.test(url.hash) && id !== "") url.hash = eventHash(id);
  return url.href;
}
