import type { CorrectionComment, Event, NewsArticle, WithContext } from "schema-dts";
import { type ChangeLog, type ChangeLogEvent, publishedOf } from "./render/changeLog.ts";

/** What an event's page is, for machines: a news article about the event (schema.org, typed by
 * `schema-dts`), in the timeline's language, modified at its latest change (else at the timeline's
 * `updated`), with each correction as a `CorrectionComment`; published as articleDates says. Its
 * addresses are there where the site's address is known (`SITE_URL`). */
export function eventArticle(event: ChangeLogEvent, log: ChangeLog, siteUrl: string | null): WithContext<NewsArticle> {
  const pageUrl = siteUrl ? new URL(event.path, siteUrl).href : null;
  const about: Event = {
    "@type": "Event",
    name: event.title,
    startDate: event.date,
    ...(event.end ? { endDate: event.end } : {}),
    ...(event.place ? { location: { "@type": "Place", name: event.place } } : {}),
  };
  const corrections = event.updates
    .filter((change) => change.kind === "correction")
    .map((change): CorrectionComment => ({ "@type": "CorrectionComment", text: change.note, datePublished: change.date }));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: event.title,
    ...(event.summary ? { description: event.summary } : {}),
    inLanguage: log.language,
    articleSection: event.category.label,
    ...articleDates(event, log),
    ...(pageUrl ? { url: pageUrl, mainEntityOfPage: pageUrl } : {}),
    about,
    ...(corrections.length ? { correction: corrections } : {}),
    isPartOf: { "@type": "CreativeWork", name: log.title, ...(siteUrl ? { url: siteUrl } : {}) },
  };
}

/** An event page's dates: published when the event was (its `published`, else the timeline's, else the
 * timeline's `updated`; never the event's own date, which is not when it was reported), modified at
 * its latest change, else when it was published. None where the data gives no such date. */
export function articleDates(event: ChangeLogEvent, log: ChangeLog): { datePublished?: string; dateModified?: string } {
  const published = publishedOf(event, log);
  const modified = event.updates.at(-1)?.date ?? published;
  return { ...(published ? { datePublished: published } : {}), ...(modified ? { dateModified: modified } : {}) };
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

/** The structured data of each event's page, for its head: "" for a page without an event. */
export function eventPagesJsonLd(log: ChangeLog, siteUrl: string | null): (eventId: string | null) => string {
  const byId = new Map(log.events.map((event) => [event.id, event]));
  return (eventId) => {
    const event = eventId === null ? undefined : byId.get(eventId);
    return event ? jsonLdScript(eventArticle(event, log, siteUrl)) : "";
  };
}
