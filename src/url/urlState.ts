/** What the address bar says about the view. The URL is the one source of truth
 * for the selection: components read it from here and change it through `navigation.ts`.
 *
 * Two spellings of a selection: the published dataset has a page per event and period
 * (`<root>event/<id>/`, written by the build), its canonical address; a dataset opened with
 * `?data=` has none, and selects with the hash (`#/event/<id>`), which works everywhere. */
import { CHANGES_HASH, EVENT_HASH, PERIOD_HASH, hasPages, parseUrlState, readPagePath, safeDecode, type PageKind } from "./readAddress.ts";

export { CHANGES_HASH, parseUrlState, readPagePath, siteRootHref, type UrlState } from "./readAddress.ts";

/** TimelineJS-style `#event-<id>`. */
const LEGACY_EVENT_HASH = /^#event-(.+)$/;

/** The folder of a language's pages, from the site's root: `ar/`, or "" for the original. */
export const languageFolder = (lang: string | null): string => (lang ? `${lang}/` : "");

/** The same address showing the "What's new" view (or leaving it, for false). */
export function hrefWithChanges(href: string, on: boolean): string {
  const url = new URL(href);
  if (on) url.hash = CHANGES_HASH;
  else if (url.hash === CHANGES_HASH) url.hash = "";
  return url.href;
}

/** The same address in another interface language. */
export function hrefWithLanguage(href: string, lang: string): string {
  const url = new URL(href);
  // From a page in one language (`ar/event/<id>/`) to another: the original's page, in that language.
  const page = hasPages(url) ? readPagePath(url.pathname) : null;
  if (page?.lang && page.lang !== lang) url.pathname = page.root + pagePath(page.kind, page.id);
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

/** The hash fragment that selects an event. */
export function eventHash(id: string): string {
  return `#/event/${encodeURIComponent(id)}`;
}

/** The hash fragment that selects a period. */
export function periodHash(id: string): string {
  return `#/period/${encodeURIComponent(id)}`;
}

/** The path of a page, from the site's root: `event/<id>/`, `period/<id>/`, or "" for the opening page. */
export function pagePath(kind: PageKind | null, id: string | null): string {
  return kind === null || id === null ? "" : `${kind}/${encodeURIComponent(id)}/`;
}

/** The same address selecting `id` of `kind` (or nothing, for null): its page, for the published
 * dataset, keeping the query; the hash, for a `?data=` one. */
function hrefWithSelection(href: string, kind: PageKind, id: string | null): string {
  const url = new URL(href);
  if (hasPages(url)) {
    const here = readPagePath(url.pathname);
    url.pathname = here.root + languageFolder(here.lang) + pagePath(kind, id);
    url.hash = "";
  } else {
    url.hash = id === null ? "" : kind === "event" ? eventHash(id) : periodHash(id);
  }
  return url.href;
}

/** The same address with period `id` selected. */
export function hrefWithPeriod(href: string, id: string): string {
  return hrefWithSelection(href, "period", id);
}

/** The same address with `id` selected (or nothing selected, for null). */
export function hrefWithEvent(href: string, id: string | null): string {
  return hrefWithSelection(href, "event", id);
}

/** The link to share for one event: this dataset with that event selected (its page, for the
 * published dataset: in `pageLanguage`'s folder where the reader reads a translation the site has
 * pages for), and nothing of this reader's own view (search, filters, embed layout, interface
 * language). */
export function eventShareHref(href: string, id: string, pageLanguage: string | null = null): string {
  const url = new URL(href);
  for (const name of ["q", "categories", "embed", "lang", "event"]) url.searchParams.delete(name);
  if (pageLanguage === null || !hasPages(url)) return hrefWithEvent(url.href, id);
  url.pathname = readPagePath(url.pathname).root + languageFolder(pageLanguage) + pagePath("event", id);
  url.hash = "";
  return url.href;
}

/** The `href` of a link that selects `id` of `kind`, written relative to the page, so the
 * prerendered page and the app write the same one at any depth of any host. Without script it
 * opens that page (or, for a `?data=` dataset, changes the hash); with script, `pageLinkTarget`
 * turns the click into a selection. */
export function selectionLink(href: string, kind: PageKind, id: string): string {
  const url = new URL(href);
  if (!hasPages(url)) return kind === "event" ? eventHash(id) : periodHash(id);
  return fromSiteRoot(href, languageFolder(readPagePath(url.pathname).lang) + pagePath(kind, id));
}

/** A path from the site's root, as a link from the page at `href` (an event's page is two folders down). */
export function fromSiteRoot(href: string, pathFromRoot: string): string {
  const page = readPagePath(new URL(href).pathname);
  const depth = (page.kind ? 2 : 0) + (page.lang ? 1 : 0);
  return (depth ? "../".repeat(depth) : "./") + pathFromRoot;
}

/** Where a click on a link to `linkHref` takes the app from `href` without reloading: one of this
 * site's own pages (the opening page, an event's, a period's), keeping the reader's query (their
 * search, filters, language). Null for any other link, which the browser follows itself. */
export function pageLinkTarget(linkHref: string, href: string): string | null {
  const link = new URL(linkHref);
  const here = new URL(href);
  if (link.origin !== here.origin || !hasPages(here)) return null;
  const target = readPagePath(link.pathname);
  if (target.root !== readPagePath(here.pathname).root) return null;
  const home = target.root + languageFolder(target.lang);
  if (target.kind === null && link.pathname !== home && link.pathname !== `${home}index.html`) return null;
  link.pathname = home + pagePath(target.kind, target.id);
  link.search = here.search;
  return link.href;
}

/** Rewrites the accepted aliases (`?event=<id>`, `#event-<id>`) to the canonical address, and,
 * for the published dataset, a selection in the hash (`#/event/<id>`) to its page; returns null
 * when the address is already canonical. */
export function canonicalHref(href: string): string | null {
  const url = new URL(href);
  const queryId = url.searchParams.get("event");
  const legacy = LEGACY_EVENT_HASH.exec(url.hash);
  const inHash = hasPages(url) && (EVENT_HASH.test(url.hash) || PERIOD_HASH.test(url.hash));
  if (queryId === null && !legacy && !inHash) return null;
  url.searchParams.delete("event");
  const alias = queryId ?? (legacy ? safeDecode(legacy[1]!) : "");
  // An explicit canonical hash wins over the query alias.
  if (!EVENT_HASH.test(url.hash) && !PERIOD_HASH.test(url.hash) && alias !== "") url.hash = eventHash(alias);
  if (!hasPages(url)) return url.href;
  const { eventId, periodId } = parseUrlState(url.href);
  const canonical = periodId !== null ? hrefWithPeriod(url.href, periodId) : hrefWithEvent(url.href, eventId);
  return canonical === href ? null : canonical;
}
