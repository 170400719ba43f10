import { Feed } from "feed";
import { type ChangeLog, type ChangeLogEvent, type EventChange, publishedOf } from "./render/changeLog.ts";
import { escapeHtml } from "./shareTags.ts";
import { LANGUAGES, translator, type Language } from "../src/lib/i18n/i18n.ts";
import type { SiteOutput } from "./siteOutput.ts";
// Pages are drawn in every interface language: all of them loaded at once.
import "../src/lib/i18n/allLanguages.ts";

/** The feeds' files, at the site's root. */
export const FEED_FILES = { atom: "feed.xml", json: "feed.json" } as const;

/** The newest entries a feed holds: a feed is for following what changes, and a reader fetches it again
 * and again (the pages and the sitemap list every event). */
export const FEED_ENTRIES = 500;

/** How a change's kind reads in a feed entry's title, in the feeds' language (the dataset's original):
 * the interface's own words ("Correction", "تصحيح", "اصلاحیه"), English for a language it does not speak. */
export function kindWords(lang: string): Record<EventChange["kind"], string> {
  const base = lang.toLowerCase().split("-")[0]!;
  const t = translator((LANGUAGES as readonly string[]).includes(base) ? (base as Language) : "en");
  return { update: t("kindUpdate"), correction: t("kindCorrection"), clarification: t("kindClarification") };
}

/** One entry of the feeds: an event, or one update, correction or clarification of it. */
export interface FeedEntry {
  /** A stable IRI: the event's page, or the page with the change's own fragment. */
  id: string;
  /** The event's page. */
  url: string;
  title: string;
  /** Plain text: the event's summary, or the change's note. */
  text: string | null;
  /** The last change of what the entry says: a change's date; an event's latest change, else its publication (eventPublished). */
  updated: Date;
  /** When it was first published: a change's date; an event's publication (eventPublished). */
  published: Date;
  kind: "event" | EventChange["kind"];
  /** The event's category, and the change's kind. */
  categories: { term: string; label: string }[];
}

/** A change's date as an instant: a day is taken as its first moment in UTC, and a time without a
 * zone as UTC (the format does not say which zone it meant; UTC is the reading that never depends
 * on the machine that builds). */
export function changeInstant(text: string): Date {
  const dateTime = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`;
  return new Date(dateTime);
}

/** The event's latest update, correction or clarification; null where it has none. */
export const latestChange = (event: ChangeLogEvent): EventChange | null => event.updates.at(-1) ?? null;

/** The feeds' own `updated`: the timeline's, or a later change of one of its events if the data holds one
 * (Atom wants no entry newer than its feed). Null where the dataset does not say when it changed. */
export function feedUpdated(log: ChangeLog): Date | null {
  if (log.updated === null) return null;
  const changes = log.events.flatMap((event) => event.updates.map((change) => changeInstant(change.date).getTime()));
  return new Date(Math.max(changeInstant(log.updated).getTime(), ...changes));
}

/** Why the build writes no feeds for this site, or null when it writes them. Atom needs absolute
 * addresses (an entry's id, its link) and a true date of last change: a feed is written only with
 * `SITE_URL` and the dataset's `updated`, never with a date the data does not give. */
export function feedsMissing(log: ChangeLog, siteUrl: string | null): string | null {
  if (!siteUrl) return "SITE_URL is not set";
  if (log.updated === null)
    return `the dataset has no "updated" (the date-time of its last change, e.g. "updated": "2024-11-21T09:00:00Z"), which every feed entry needs`;
  return null;
}

/** When an event was first published, for its feed entry: its own `published`, else the timeline's,
 * else the timeline's `updated` (feedsMissing: a feed is written only where that is given). An event
 * corrected later keeps this date; one never changed is dated by it alone, so a correction of one
 * event leaves every other entry as it was. */
export const eventPublished = (event: ChangeLogEvent, log: ChangeLog): Date => changeInstant(publishedOf(event, log)!);

/** The entries of the feeds, newest first (at most `limit`): one per event and one per update,
 * correction or clarification, each linking to its event's page. Of the same date, a change comes before its
 * event, and later events before earlier ones. */
export function feedEntries(log: ChangeLog, siteUrl: string, limit = FEED_ENTRIES): FeedEntry[] {
  const words = kindWords(log.language);
  const entries = log.events.flatMap((event, order) => {
    // The path is already percent-encoded, and the site's address ends in "/" (see readSiteUrl).
    const url = siteUrl + event.path;
    const category = { term: event.category.id, label: event.category.label };
    const latest = latestChange(event);
    const sameDay = new Map<string, number>();
    const changes = event.updates.map((change) => {
      // The date names the change; a second change of the same date is told by its count.
      const count = (sameDay.get(change.date) ?? 0) + 1;
      sameDay.set(change.date, count);
      return {
        order,
        entry: {
          id: `${url}#${change.kind}-${change.date}${count > 1 ? `-${count}` : ""}`,
          url,
          title: `${words[change.kind]}: ${event.title}`,
          text: change.note,
          updated: changeInstant(change.date),
          published: changeInstant(change.date),
          kind: change.kind,
          categories: [category, { term: change.kind, label: words[change.kind] }],
        } satisfies FeedEntry,
      };
    });
    const published = eventPublished(event, log);
    const eventEntry: FeedEntry = {
      id: url,
      url,
      title: event.title,
      text: event.summary,
      updated: latest ? changeInstant(latest.date) : published,
      published,
      kind: "event",
      categories: [category],
    };
    return [...changes, { order, entry: eventEntry }];
  });
  return entries
    .sort(
      (a, b) =>
        b.entry.updated.getTime() - a.entry.updated.getTime() ||
        Number(a.entry.kind === "event") - Number(b.entry.kind === "event") ||
        b.order - a.order,
    )
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** Characters XML 1.0 cannot hold at all (C0 controls but tab and newlines, unpaired surrogates, U+FFFE/F),
 * each replaced by U+FFFD so that one odd character in the data cannot make the whole feed unreadable. */
export const xmlSafe = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- the control characters XML cannot hold are what it looks for
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );

/** Plain text for the generator's `type="html"` fields: escaped, so a reader shows it as written and
 * never as markup (and no `]]>` can end its CDATA section). */
const asHtml = (text: string) => escapeHtml(xmlSafe(text));

/** The feeds, from one generator: `feed` on npm, which writes Atom 1.0 and JSON Feed. */
function generator(log: ChangeLog, siteUrl: string, entries: readonly FeedEntry[]): Feed {
  const feed = new Feed({
    id: siteUrl,
    title: xmlSafe(log.title),
    description: log.description ? xmlSafe(log.description) : undefined,
    link: siteUrl,
    language: log.language,
    updated: feedUpdated(log)!,
    // Atom needs an author: the data names none but the timeline itself, at the site's address.
    author: { name: xmlSafe(log.title), link: siteUrl },
    feedLinks: { atom: new URL(FEED_FILES.atom, siteUrl).href, json: new URL(FEED_FILES.json, siteUrl).href },
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      link: entry.url,
      title: asHtml(entry.title),
      description: entry.text === null ? undefined : asHtml(entry.text),
      date: entry.updated,
      published: entry.published,
      // The generator escapes neither "<" nor control characters in attributes: a label holding "<" is
      // left out (its term, an id or a kind, never holds one).
      category: entry.categories.map(({ term, label }) => ({ term, name: label.includes("<") ? undefined : xmlSafe(label) })),
    });
  }
  return feed;
}

/** The Atom 1.0 feed (`feed.xml`); `entries` as feedEntries gives them. */
export function atomFeed(log: ChangeLog, siteUrl: string, entries = feedEntries(log, siteUrl)): string {
  return generator(log, siteUrl, entries).atom1();
}

/** A JSON Feed 1.1 item, as the spec names its fields. */
interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  language: string;
}

/** The JSON Feed 1.1 (`feed.json`); `entries` as feedEntries gives them. The generator writes version 1 of the format; this is the same
 * document in 1.1's terms: its version, `authors` for `author`, the language, and each entry's text
 * as `content_text` (the data is plain text, never HTML). */
export function jsonFeed(log: ChangeLog, siteUrl: string, entries = feedEntries(log, siteUrl)): string {
  const { author, items, ...document } = JSON.parse(generator(log, siteUrl, entries).json1()) as {
    author?: { name?: string; url?: string };
    items: { id: string; url: string; date_modified: string; date_published?: string }[];
  } & Record<string, unknown>;
  const upgraded = {
    ...document,
    version: "https://jsonfeed.org/version/1.1",
    title: log.title,
    ...(log.description ? { description: log.description } : {}),
    language: log.language,
    authors: author ? [author] : [],
    items: items.map(({ id, url, date_modified }, i): JsonFeedItem => {
      const entry = entries[i]!;
      return {
        id,
        url,
        title: entry.title,
        content_text: entry.text ?? entry.title,
        date_published: entry.published.toISOString(),
        date_modified,
        tags: entry.categories.map((category) => category.label),
        language: log.language,
      };
    }),
  };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}

/** The two feeds at the site's root, where the site can have them (see feedsMissing). */
export function writeFeeds({ siteUrl, emit }: SiteOutput, log: ChangeLog): void {
  if (feedsMissing(log, siteUrl)) return;
  const entries = feedEntries(log, siteUrl!);
  emit(FEED_FILES.atom, atomFeed(log, siteUrl!, entries));
  emit(FEED_FILES.json, jsonFeed(log, siteUrl!, entries));
}

/** The links a page's head gives to the feeds, so a feed reader given any page finds them; none where
 * the build writes no feeds. */
export function feedLinkTags(log: ChangeLog, siteUrl: string | null): string {
  if (feedsMissing(log, siteUrl)) return "";
  const link = (type: string, file: string, format: string) =>
    `<link rel="alternate" type="${type}" href="${escapeHtml(new URL(file, siteUrl!).href)}" title="${escapeHtml(`${log.title} (${format})`)}">`;
  return [link("application/atom+xml", FEED_FILES.atom, "Atom"), link("application/feed+json", FEED_FILES.json, "JSON Feed")].join(
    "\n    ",
  );
}
