import { parseFeed } from "@rowanmanning/feed-parser";
import fc from "fast-check";
import { DomUtils, parseDocument } from "htmlparser2";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { fixtureLog, HOSTILE_NOTE } from "./feedFixture.ts";
import {
  atomFeed,
  changeInstant,
  FEED_ENTRIES,
  feedEntries,
  feedLinkTags,
  feedsMissing,
  feedUpdated,
  jsonFeed,
  writeFeeds,
} from "./feeds.ts";
import type { ChangeLog } from "./render/changeLog.ts";

const SITE = "https://news.example/timeline/";
const page = (id: string) => `${SITE}event/${encodeURIComponent(id)}/`;

/** The first error a strict, conforming XML 1.0 parser (saxes) finds, or null for a well-formed document. */
function xmlProblem(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let problem: string | null = null;
  parser.on("error", (error) => void (problem ??= error.message));
  parser.write(xml).close();
  return problem;
}

/** The Atom document's elements, as a feed validator reads them. */
function atomElements(xml: string) {
  const root = DomUtils.getElementsByTagName("feed", parseDocument(xml, { xmlMode: true }).children, false)[0]!;
  const children = (element: typeof root, name: string) => DomUtils.getElementsByTagName(name, element.children, false);
  const text = (element: typeof root, name: string) => children(element, name).map((child) => DomUtils.textContent(child));
  return {
    namespace: root.attribs.xmlns,
    text: (name: string) => text(root, name),
    links: children(root, "link").map((link) => link.attribs),
    entries: children(root, "entry").map((entry) => ({
      text: (name: string) => text(entry, name),
      links: children(entry, "link").map((link) => link.attribs),
    })),
  };
}

/** RFC 3339 date-time, as Atom and JSON Feed both require. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe("the feeds' entries", () => {
  it("has one per event and one per change, newest first, each linking to its event's page", () => {
    const entries = feedEntries(fixtureLog, SITE);
    expect(entries.map((entry) => [entry.kind, entry.updated.toISOString(), entry.url])).toEqual([
      // The timeline's `updated` (09:00) dates the event with no change of its own.
      ["event", "2024-11-21T09:00:00.000Z", page("2020-07-agreement")],
      ["clarification", "2024-11-21T08:30:00.000Z", page("دیدار")],
      ["event", "2024-11-21T08:30:00.000Z", page("دیدار")],
      ["correction", "2024-06-03T10:00:00.000Z", page("2024-05-30-meeting")],
      ["event", "2024-06-03T10:00:00.000Z", page("2024-05-30-meeting")],
      ["update", "2024-06-02T00:00:00.000Z", page("2024-05-30-meeting")],
    ]);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    expect(entries[3]).toMatchObject({
      id: `${page("2024-05-30-meeting")}#correction-2024-06-03T10:00:00Z`,
      title: "Correction: Assad meets Khamenei",
      text: "The meeting was on 30 May, not 31 May.",
      categories: [
        { term: "diplomacy", label: "Diplomacy" },
        { term: "correction", label: "Correction" },
      ],
    });
  });

  it("tells two changes of one day apart, and keeps each one's id when a later one is added", () => {
    const twice: ChangeLog = structuredClone(fixtureLog);
    const changes = twice.events[0]!.updates;
    changes.push({ date: "2024-07-01", kind: "update", note: "One." }, { date: "2024-07-01", kind: "update", note: "Two." });
    const ids = () => feedEntries(twice, SITE).filter((entry) => entry.kind === "update" && entry.url === page("2020-07-agreement"));
    const before = ids().map((entry) => entry.id);
    expect(before.sort()).toEqual([`${page("2020-07-agreement")}#update-2024-07-01`, `${page("2020-07-agreement")}#update-2024-07-01-2`]);
    changes.push({ date: "2024-07-05", kind: "update", note: "Three." });
    expect(ids().map((entry) => entry.id)).toEqual(expect.arrayContaining(before));
  });

  it("names a change's kind in the timeline's original language, in English where the interface has no words for it", () => {
    const titled = (language: string) => {
      const entry = feedEntries({ ...fixtureLog, language }, SITE).find((e) => e.kind === "correction")!;
      return [entry.title, entry.categories[1]!.label];
    };
    expect(titled("ar")).toEqual(["تصحيح: Assad meets Khamenei", "تصحيح"]);
    expect(titled("fa-IR")).toEqual(["اصلاحیه: Assad meets Khamenei", "اصلاحیه"]);
    expect(titled("fr")).toEqual(["Correction: Assad meets Khamenei", "Correction"]);
    expect(JSON.parse(jsonFeed({ ...fixtureLog, language: "fa" }, SITE)).items.map((item: { title: string }) => item.title)).toContain(
      "اصلاحیه: Assad meets Khamenei",
    );
  });

  it("holds the newest entries only, up to the limit, in both feeds", () => {
    const many: ChangeLog = {
      ...fixtureLog,
      events: Array.from({ length: FEED_ENTRIES }, (_, i) => ({ ...fixtureLog.events[i % 3]!, id: `e${i}`, path: `event/e${i}/` })),
    };
    const all = feedEntries(many, SITE, Infinity);
    expect(all.length).toBeGreaterThan(FEED_ENTRIES);
    expect(feedEntries(many, SITE)).toEqual(all.slice(0, FEED_ENTRIES));
    expect(parseFeed(atomFeed(many, SITE)).items.map((item) => item.id)).toEqual(all.slice(0, FEED_ENTRIES).map((entry) => entry.id));
    expect(JSON.parse(jsonFeed(many, SITE)).items).toHaveLength(FEED_ENTRIES);
  });

  it("reads a day as its first moment in UTC, and a time without a zone as UTC", () => {
    expect(changeInstant("2024-06-02").toISOString()).toBe("2024-06-02T00:00:00.000Z");
    expect(changeInstant("2024-06-02T10:00").toISOString()).toBe("2024-06-02T10:00:00.000Z");
    expect(changeInstant("2024-06-02T10:00:00+03:30").toISOString()).toBe("2024-06-02T06:30:00.000Z");
  });

  it("dates the feed at the timeline's `updated`, or at a later change the data holds", () => {
    expect(feedUpdated(fixtureLog)?.toISOString()).toBe("2024-11-21T09:00:00.000Z");
    expect(feedUpdated({ ...fixtureLog, updated: "2024-01-01" })?.toISOString()).toBe("2024-11-21T08:30:00.000Z");
    expect(feedUpdated({ ...fixtureLog, updated: null })).toBeNull();
  });
});

describe("the Atom feed", () => {
  const xml = atomFeed(fixtureLog, SITE);

  it("is well-formed Atom 1.0 with every element the format requires", () => {
    expect(xmlProblem(xml)).toBeNull();
    const feed = atomElements(xml);
    expect(feed.namespace).toBe("http://www.w3.org/2005/Atom");
    expect(feed.text("id")).toEqual([SITE]);
    expect(feed.text("title")).toEqual([fixtureLog.title]);
    expect(feed.text("updated")).toEqual(["2024-11-21T09:00:00.000Z"]);
    expect(feed.text("author")).toEqual([expect.stringContaining(fixtureLog.title)]);
    expect(feed.links).toEqual(
      expect.arrayContaining([
        { rel: "alternate", href: SITE },
        { rel: "self", href: `${SITE}feed.xml` },
      ]),
    );
    expect(feed.entries).toHaveLength(6);
    for (const entry of feed.entries) {
      expect(entry.text("id")).toEqual([expect.stringMatching(/^https:\/\//)]);
      expect(entry.text("title")).toEqual([expect.stringMatching(/\S/)]);
      expect(entry.text("updated")).toEqual([expect.stringMatching(RFC3339)]);
      expect(entry.links[0]!.href).toMatch(/^https:\/\/news\.example\/timeline\/event\//);
    }
  });

  it("reads in a feed reader's parser as the data's own text, markup in it as text", () => {
    const feed = parseFeed(xml);
    expect(feed.title).toBe(fixtureLog.title);
    expect(feed.updated?.toISOString()).toBe("2024-11-21T09:00:00.000Z");
    const clarification = feed.items.find((item) => item.title?.startsWith("Clarification"))!;
    expect(clarification.title).toBe("Clarification: Pezeshkian meets al-Sabbagh");
    expect(clarification.url).toBe(page("دیدار"));
    expect(clarification.updated?.toISOString()).toBe("2024-11-21T08:30:00.000Z");
    // type="html" holding the note escaped as HTML: the reader decodes it back to the text as written.
    expect(clarification.description).toBe(HOSTILE_NOTE);
    expect(xml).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &lt;!--");
    expect(xml).not.toContain("<script>");
    expect(clarification.categories.map((category) => category.term)).toEqual(["diplomacy", "clarification"]);
    expect(feed.items.find((item) => item.id === page("2020-07-agreement"))?.description).toBe(
      "Military agreement, in the project's own words.",
    );
  });

  it("stays well-formed whatever the text holds", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (title, note) => {
        const log: ChangeLog = structuredClone(fixtureLog);
        log.title = title || "t";
        log.events[0]!.title = title || "t";
        log.events[0]!.category.label = title || "t";
        log.events[0]!.updates.push({ date: "2024-12-01", kind: "correction", note: note || "n" });
        const atom = atomFeed(log, SITE);
        expect(xmlProblem(atom)).toBeNull();
        expect(parseFeed(atom).items).toHaveLength(7);
        expect(JSON.parse(jsonFeed(log, SITE)).items[0].content_text).toBe(note || "n");
      }),
      { numRuns: 200 },
    );
  });
});

describe("the JSON Feed", () => {
  const feed = JSON.parse(jsonFeed(fixtureLog, SITE));

  it("has what JSON Feed 1.1 requires, in its terms", () => {
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe(fixtureLog.title);
    expect(feed.home_page_url).toBe(SITE);
    expect(feed.feed_url).toBe(`${SITE}feed.json`);
    expect(feed.language).toBe("en");
    expect(feed.authors).toEqual([{ name: fixtureLog.title, url: SITE }]);
    expect(feed).not.toHaveProperty("author");
    expect(feed.items).toHaveLength(6);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.content_text).toBe("string");
      expect(item).not.toHaveProperty("content_html");
      expect(item.url).toMatch(/^https:\/\/news\.example\/timeline\/event\//);
      expect(item.date_modified).toMatch(RFC3339);
    }
  });

  it("holds the same entries, in the same order, the text as written", () => {
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(feedEntries(fixtureLog, SITE).map((entry) => entry.id));
    expect(feed.items[1]).toMatchObject({
      title: "Clarification: Pezeshkian meets al-Sabbagh",
      content_text: HOSTILE_NOTE,
      tags: ["Diplomacy", "Clarification"],
    });
  });
});

describe("an event's publication date", () => {
  /** The fixture published on 1 June, then one event corrected on 21 November and one added then. */
  const published: ChangeLog = structuredClone(fixtureLog);
  published.published = "2024-06-01T08:00:00Z";
  published.events[2]!.published = "2024-11-21T08:00:00Z";
  const byId = <T extends { id?: string | null }>(items: T[], id: string) => items.find((item) => item.id === id)!;

  it("dates an event never changed by when it was published, not by the timeline's last change", () => {
    const feed = parseFeed(atomFeed(published, SITE));
    const untouched = byId(feed.items, page("2020-07-agreement"));
    expect(untouched.published?.toISOString()).toBe("2024-06-01T08:00:00.000Z");
    expect(untouched.updated?.toISOString()).toBe("2024-06-01T08:00:00.000Z");
    // The feed itself still changed at the timeline's `updated`.
    expect(feed.updated?.toISOString()).toBe("2024-11-21T09:00:00.000Z");
  });

  it("gives an event its own `published` and its latest change, in both feeds", () => {
    const corrected = byId(parseFeed(atomFeed(published, SITE)).items, page("2024-05-30-meeting"));
    expect(corrected.published?.toISOString()).toBe("2024-06-01T08:00:00.000Z");
    expect(corrected.updated?.toISOString()).toBe("2024-06-03T10:00:00.000Z");
    const added = byId(parseFeed(atomFeed(published, SITE)).items, page("دیدار"));
    expect(added.published?.toISOString()).toBe("2024-11-21T08:00:00.000Z");
    expect(added.updated?.toISOString()).toBe("2024-11-21T08:30:00.000Z");
    const json: { id: string; date_published: string; date_modified: string }[] = JSON.parse(jsonFeed(published, SITE)).items;
    expect(byId(json, page("دیدار"))).toMatchObject({
      date_published: "2024-11-21T08:00:00.000Z",
      date_modified: "2024-11-21T08:30:00.000Z",
    });
    expect(byId(json, page("2020-07-agreement"))).toMatchObject({
      date_published: "2024-06-01T08:00:00.000Z",
      date_modified: "2024-06-01T08:00:00.000Z",
    });
  });

  it("falls back to the timeline's `updated` where neither the event nor the timeline says", () => {
    const item = byId(parseFeed(atomFeed(fixtureLog, SITE)).items, page("2020-07-agreement"));
    expect(item.published?.toISOString()).toBe("2024-11-21T09:00:00.000Z");
    expect(item.updated?.toISOString()).toBe("2024-11-21T09:00:00.000Z");
  });

  it("keeps an untouched event's entry the same when another event is corrected", () => {
    const later: ChangeLog = structuredClone(published);
    later.updated = "2024-12-05T12:00:00Z";
    later.events[1]!.updates.push({ date: "2024-12-05T12:00:00Z", kind: "correction", note: "A second correction." });
    const entry = (log: ChangeLog) => byId(feedEntries(log, SITE), page("2020-07-agreement"));
    expect(entry(later)).toEqual(entry(published));
  });
});

describe("whether the build writes the feeds", () => {
  const written = (log: ChangeLog, siteUrl: string | null) => {
    const files: string[] = [];
    writeFeeds({ pages: [], siteUrl, emit: (name) => files.push(name), warn: () => {} }, log);
    return files;
  };

  it("writes both, and every page links to both, given the site's address and the timeline's `updated`", () => {
    expect(written(fixtureLog, SITE)).toEqual(["feed.xml", "feed.json"]);
    expect(feedLinkTags(fixtureLog, SITE)).toBe(
      `<link rel="alternate" type="application/atom+xml" href="${SITE}feed.xml" title="Iran–Syria relations (Atom)">\n    ` +
        `<link rel="alternate" type="application/feed+json" href="${SITE}feed.json" title="Iran–Syria relations (JSON Feed)">`,
    );
  });

  it("writes none, and no page links to one, without an absolute address or a true date of change", () => {
    expect(feedsMissing(fixtureLog, null)).toBe("SITE_URL is not set");
    expect(feedsMissing({ ...fixtureLog, updated: null }, SITE)).toMatch(/no "updated"/);
    for (const [log, siteUrl] of [
      [fixtureLog, null],
      [{ ...fixtureLog, updated: null }, SITE],
    ] as const) {
      expect(written(log, siteUrl)).toEqual([]);
      expect(feedLinkTags(log, siteUrl)).toBe("");
    }
  });
});
