// Reading an address: which page of the site it is, what it selects and asks for. All the page's
// first script needs of the address (bootMode.ts), apart from the links the app writes
// (urlState.ts), which the app alone loads.

export interface UrlState {
  /** The event named by `#/event/<id>` (or its page's path), decoded; not yet checked against the data. */
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
  /** `#/changes`: the "What's new" view, every update and correction of the timeline. */
  changes: boolean;
  /** `?opening=latest` or `?opening=whole`: the opening view asked for, over the dataset's own; null where not asked. */
  opening: "whole" | "latest" | null;
}

export const EVENT_HASH = /^#\/event\/(.*)$/;
export const PERIOD_HASH = /^#\/period\/(.*)$/;
/** The "What's new" view. */
export const CHANGES_HASH = "#/changes";
/** The languages a page of the built site may be written in, as the first folder of its path
 * (`ar/event/<id>/`, `fa/`): the interface's own, the only ones the site writes pages for. */
const PAGE_LANGUAGES = "en|ar|fa";
/** A page the build writes: `<root>event/<id>/` or `<root>period/<id>/`, or the same in a language (`<root>ar/event/<id>/`). */
const PAGE_PATH = new RegExp(`^(.*?/)(?:(${PAGE_LANGUAGES})/)?(event|period)/([^/]+)/(?:index\\.html)?$`);
/** The opening page in a language: `<root>ar/`. */
const LANGUAGE_HOME = new RegExp(`^(.*?/)(${PAGE_LANGUAGES})/(?:index\\.html)?$`);

export type PageKind = "event" | "period";

/** Where the site's opening page is (`root`, a path ending in `/`), which event or period page of
 * it this path is, if any, and in which language (`lang`, from an `ar/` folder; null for the
 * original). Works at any depth of any host: it reads only the path. */
export function readPagePath(pathname: string): { root: string; lang: string | null; kind: PageKind | null; id: string | null } {
  const match = PAGE_PATH.exec(pathname);
  if (match) return { root: match[1]!, lang: match[2] ?? null, kind: match[3] as PageKind, id: safeDecode(match[4]!) };
  const home = LANGUAGE_HOME.exec(pathname);
  if (home) return { root: home[1]!, lang: home[2]!, kind: null, id: null };
  return { root: pathname.replace(/[^/]*$/, ""), lang: null, kind: null, id: null };
}

/** The site's opening page: where its data and its pages are (`data/…`, `event/<id>/`). */
export function siteRootHref(href: string): string {
  const url = new URL(href);
  // Joined, not resolved: a root of `//host/` would otherwise be read as another site.
  return url.origin + readPagePath(url.pathname).root.replace(/^\/+/, "/");
}

/** Only the published dataset has pages; one opened with `?data=` selects with the hash. */
export const hasPages = (url: URL) => !url.searchParams.has("data");

export function parseUrlState(href: string): UrlState {
  const url = new URL(href);
  const match = EVENT_HASH.exec(url.hash);
  const periodMatch = PERIOD_HASH.exec(url.hash);
  // A selection in the hash wins over the page's own: it is the newer (a pasted or followed link).
  const page = !match && !periodMatch && hasPages(url) ? readPagePath(url.pathname) : null;
  const eventId = match ? safeDecode(match[1]!) : page?.kind === "event" ? page.id : null;
  const periodId = periodMatch ? safeDecode(periodMatch[1]!) : page?.kind === "period" ? page.id : null;
  const categories = url.searchParams.get("categories");
  // The page's own language (`ar/event/<id>/`), unless `?lang=` asks for another.
  const pageLang = hasPages(url) ? readPagePath(url.pathname).lang : null;
  return {
    eventId: eventId === "" ? null : eventId,
    periodId: periodId === "" ? null : periodId,
    dataParam: url.searchParams.get("data"),
    embed: url.searchParams.get("embed") === "1",
    query: (url.searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH),
    categories: categories === null ? null : categories.split(",").filter(Boolean),
    lang: url.searchParams.get("lang") ?? pageLang,
    changes: url.hash === CHANGES_HASH,
    opening: readOpening(url.searchParams.get("opening")),
  };
}

const readOpening = (value: string | null) => (value === "latest" || value === "whole" ? value : null);

const MAX_QUERY_LENGTH = 200;

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // malformed escapes: keep the raw text; it will simply match no event
  }
}
