import type { CorrectionComment, CreativeWork, Event, NewsArticle, WithContext } from "schema-dts";
import { machineDate } from "../src/lib/dates.ts";
import { type ChangeLog, type ChangeLogEvent, publishedOf } from "./render/changeLog.ts";

/** The same page in each of the site's languages, the original first (SharePage's `alternates`). */
export type PageVersions = readonly { lang: string; path: string }[];

/** What an event's page is, for machines: a news article about the event (schema.org, typed by
 * `schema-dts`), in the page's language (`log` is the timeline as that page shows it), with each
 * correction as a `CorrectionComment`, dated as articleDates says. The original's page names its
 * translations (`workTranslation`), each translation's page the original (`translationOfWork`). Its
 * addresses are there where the site's address is known (`SITE_URL`). */
export function eventArticle(
  event: ChangeLogEvent,
  log: ChangeLog,
  siteUrl: string | null,
  versions: PageVersions = [],
): WithContext<NewsArticle> {
  const pageUrl = siteUrl ? new URL(event.path, siteUrl).href : null;
  const originals = event.originals ?? {};
  const about: Event = {
    "@type": "Event",
    name: inOwnLanguage(event.title, originals.title),
    ...isoDate("startDate", event.date),
    ...(event.end ? isoDate("endDate", event.end) : {}),
    ...(event.place ? { location: { "@type": "Place", name: inOwnLanguage(event.place, originals.place) } } : {}),
  };
  const corrections = event.updates
    .filter((change) => change.kind === "correction")
    .map((change): CorrectionComment => ({
      "@type": "CorrectionComment",
      text: inOwnLanguage(change.note, change.noteLang),
      datePublished: change.date,
    }));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: inOwnLanguage(event.title, originals.title),
    ...(event.summary ? { description: inOwnLanguage(event.summary, originals.summary) } : {}),
    inLanguage: log.language,
    articleSection: inOwnLanguage(event.category.label, originals.category),
    ...articleDates(event, log),
    ...(pageUrl ? { url: pageUrl, mainEntityOfPage: pageUrl } : {}),
    about,
    ...(corrections.length ? { correction: corrections } : {}),
    ...translationLinks(log.language, versions, siteUrl),
    isPartOf: { "@type": "CreativeWork", name: log.title, ...(siteUrl ? { url: siteUrl } : {}) },
  };
}

/** A text in the page's language (`inLanguage` says which), or, where a translation's page leaves it in
 * the original, a JSON-LD value tagged with the original's language: the page says no more than is true. */
function inOwnLanguage(text: string, lang: string | null | undefined): string {
  // schema-dts types a Text as a string; a language-tagged value is JSON-LD's own form of one.
  return (lang ? { "@value": text, "@language": lang } : text) as string;
}

/** `{ [key]: date }` where the dataset's date has an ISO 8601 form schema.org reads (dates.ts's
 * machineDate), else nothing: a year before the common era or of deep time is left out. */
function isoDate<K extends "startDate" | "endDate">(key: K, text: string): Partial<Record<K, string>> {
  const date = machineDate(text);
  return date === undefined ? {} : ({ [key]: date } as Record<K, string>);
}

/** An event page's dates: published when the event was (its `published`, else the timeline's, else the
 * timeline's `updated`; never the event's own date, which is not when it was reported), modified at
 * its latest change, else when it was published. None where the data gives no such date. */
export function articleDates(event: ChangeLogEvent, log: ChangeLog): { datePublished?: string; dateModified?: string } {
  const published = publishedOf(event, log);
  const modified = event.updates.at(-1)?.date ?? published;
  return { ...(published ? { datePublished: published } : {}), ...(modified ? { dateModified: modified } : {}) };
}

/** How a page stands to its versions in other languages: the original's lists its translations,
 * a translation's names its original; nothing for a timeline in one language. */
function translationLinks(
  lang: string,
  versions: PageVersions,
  siteUrl: string | null,
): Pick<NewsArticle, "translationOfWork" | "workTranslation"> {
  const [original, ...translations] = versions;
  if (!original || translations.length === 0) return {};
  const work = (version: PageVersions[number]): CreativeWork => ({
    "@type": "NewsArticle",
    inLanguage: version.lang,
    ...(siteUrl ? { url: new URL(version.path, siteUrl).href } : {}),
  });
  return lang === original.lang ? { workTranslation: translations.map(work) } : { translationOfWork: work(original) };
}

/** JSON for inside a `<script>`: "<", ">" and "&" as JSON escapes, so no text in it can close the
 * script or open a comment, and U+2028/U+2029 too (line ends to older script parsers). Still the same JSON. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The data block a page's head carries: a script the browser never runs (so the page's CSP needs no hash for it). */
export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">${scriptSafeJson(value)}</script>`;
}

/** The structured data of each event's page, for its head, in the page's language (`logs`: the
 * timeline as each of the site's languages shows it, the original's among them): "" for a page
 * without an event, or in a language with no log. */
export function eventPagesJsonLd(
  logs: readonly ChangeLog[],
  siteUrl: string | null,
): (eventId: string | null, lang?: string, versions?: PageVersions) => string {
  const byLanguage = new Map(logs.map((log) => [log.language, { log, byId: new Map(log.events.map((event) => [event.id, event])) }]));
  return (eventId, lang = logs[0]?.language, versions = []) => {
    const shown = lang === undefined ? undefined : byLanguage.get(lang);
    const event = eventId === null ? undefined : shown?.byId.get(eventId);
    return event ? jsonLdScript(eventArticle(event, shown!.log, siteUrl, versions)) : "";
  };
}
