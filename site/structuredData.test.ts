import { readFileSync } from "node:fs";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { expandOffline } from "../test-support/jsonLd.ts";
import { fixtureLog, HOSTILE_NOTE } from "./feedFixture.ts";
import { changeLogs } from "./render/changeLog.ts";
import { eventArticle, eventPagesJsonLd, jsonLdScript, scriptSafeJson } from "./structuredData.ts";

const SITE = "https://news.example/timeline/";
const S = "https://schema.org/";
const meeting = fixtureLog.events[1]!;

type Expanded = Record<string, unknown> & { "@type"?: string[] };
const values = (node: Expanded, property: string) => (node[`${S}${property}`] ?? []) as Expanded[];
const value = (node: Expanded, property: string) => values(node, property)[0]?.["@value"];

describe("an event page's structured data", () => {
  it("expands, with a JSON-LD processor, to a NewsArticle about an Event with its corrections", async () => {
    const [article] = (await expandOffline(eventArticle(meeting, fixtureLog, SITE))) as Expanded[];
    expect(article!["@type"]).toEqual([`${S}NewsArticle`]);
    expect(value(article!, "headline")).toBe("Assad meets Khamenei");
    expect(value(article!, "inLanguage")).toBe("en");
    // Its latest change: the correction of 3 June.
    expect(value(article!, "dateModified")).toBe("2024-06-03T10:00:00Z");
    // Published with the timeline: neither it nor the event says when, so its `updated` stands in.
    expect(value(article!, "datePublished")).toBe("2024-11-21T09:00:00Z");
    expect(value(article!, "url")).toBe(`${SITE}event/2024-05-30-meeting/`);
    const [about] = values(article!, "about");
    expect(about!["@type"]).toEqual([`${S}Event`]);
    expect(value(about!, "startDate")).toBe("2024-05-30");
    expect(values(about!, "location")[0]!["@type"]).toEqual([`${S}Place`]);
    const corrections = values(article!, "correction");
    expect(corrections.map((correction) => correction["@type"])).toEqual([[`${S}CorrectionComment`]]);
    expect(value(corrections[0]!, "text")).toBe("The meeting was on 30 May, not 31 May.");
    expect(value(corrections[0]!, "datePublished")).toBe("2024-06-03T10:00:00Z");
  });

  it("gives an Event no startDate or endDate where its date has no ISO 8601 form (deep time, BCE)", () => {
    const bigBang = { ...meeting, date: "-13800000000", end: "-0500" };
    expect(eventArticle(bigBang, fixtureLog, SITE).about).not.toHaveProperty("startDate");
    expect(eventArticle(bigBang, fixtureLog, SITE).about).not.toHaveProperty("endDate");
    expect(eventArticle({ ...bigBang, end: "2024-06" }, fixtureLog, SITE).about).toMatchObject({ endDate: "2024-06" });
  });

  it("is modified at the timeline's `updated` where the event has no change, and has no addresses without the site's", () => {
    const article = eventArticle(fixtureLog.events[0]!, fixtureLog, null);
    expect(article).toMatchObject({ dateModified: "2024-11-21T09:00:00Z", isPartOf: { name: fixtureLog.title } });
    expect(article).not.toHaveProperty("url");
    expect(article).not.toHaveProperty("correction");
    expect(eventArticle(fixtureLog.events[0]!, { ...fixtureLog, updated: null }, null)).not.toHaveProperty("dateModified");
  });
});

describe("an event page's publication date", () => {
  const published = { ...fixtureLog, published: "2024-06-01T08:00:00Z" };

  it("is the event's own `published`, else the timeline's, and an untouched event is modified then", async () => {
    const [own] = (await expandOffline(eventArticle({ ...meeting, published: "2024-05-31T18:00:00Z" }, published, SITE))) as Expanded[];
    expect(value(own!, "datePublished")).toBe("2024-05-31T18:00:00Z");
    expect(value(own!, "dateModified")).toBe("2024-06-03T10:00:00Z");
    const [untouched] = (await expandOffline(eventArticle(fixtureLog.events[0]!, published, SITE))) as Expanded[];
    expect(value(untouched!, "datePublished")).toBe("2024-06-01T08:00:00Z");
    expect(value(untouched!, "dateModified")).toBe("2024-06-01T08:00:00Z");
  });

  it("is left out where the data gives no date at all", () => {
    const article = eventArticle(fixtureLog.events[0]!, { ...fixtureLog, updated: null }, null);
    expect(article).not.toHaveProperty("datePublished");
  });
});

describe("the JSON-LD script", () => {
  it("escapes what could close the script or open a comment, and stays the same JSON", () => {
    const data = { note: HOSTILE_NOTE };
    const json = scriptSafeJson(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
    expect(JSON.parse(json)).toEqual(data);
  });

  it("holds a hostile note as data: an HTML parser sees one script, whose text is the JSON", async () => {
    const hostile = fixtureLog.events[2]!;
    const withCorrection = { ...hostile, updates: [{ ...hostile.updates[0]!, kind: "correction" as const }] };
    const html = `<head>${jsonLdScript(eventArticle(withCorrection, fixtureLog, SITE))}</head>`;
    const scripts = DomUtils.getElementsByTagName("script", parseDocument(html));
    expect(scripts).toHaveLength(1);
    const [article] = (await expandOffline(JSON.parse(DomUtils.textContent(scripts[0]!)))) as Expanded[];
    expect(value(values(article!, "correction")[0]!, "text")).toBe(HOSTILE_NOTE);
  });

  it("is on the pages of events only", () => {
    const of = eventPagesJsonLd([fixtureLog], SITE);
    expect(of("2024-05-30-meeting")).toMatch(/^<script type="application\/ld\+json">\{"@context":"https:\/\/schema\.org"/);
    expect(of(null)).toBe("");
    expect(of("no-such-event")).toBe("");
  });
});

describe("a translated event page's structured data", () => {
  const bundled = JSON.parse(readFileSync(new URL("../data/timeline.json", import.meta.url), "utf8"));
  const event = bundled.events.find((e: { translations?: Record<string, unknown> }) => e.translations?.ar) as {
    id: string;
    title: string;
    updates?: unknown[];
    translations: Record<string, { title: string }>;
  };
  // A correction, its Arabic note hostile: escaped in the Arabic page's block as in the original's.
  event.updates = [
    {
      date: "2024-06-03",
      kind: "correction",
      note: "The day was wrong.",
      translations: { ar: { note: HOSTILE_NOTE }, fa: { note: "روز اشتباه بود." } },
    },
  ];
  const logs = changeLogs(JSON.stringify(bundled));
  const path = `event/${encodeURIComponent(event.id)}/`;
  const versions = ["en", "ar", "fa"].map((lang) => ({ lang, path: lang === "en" ? path : `${lang}/${path}` }));
  const of = eventPagesJsonLd(logs, SITE);
  const parsed = (html: string) => JSON.parse(DomUtils.textContent(DomUtils.getElementsByTagName("script", parseDocument(html))[0]!));

  it("is written for each of the site's languages, the original first", () => {
    expect(logs.map((log) => log.language)).toEqual(["en", "ar", "fa"]);
    expect(logs[1]!.events.find((e) => e.id === event.id)!.path).toBe(`ar/${path}`);
  });

  for (const lang of ["ar", "fa"]) {
    it(`says ${lang}, in ${lang}, and names the original it translates (expanded by a JSON-LD processor)`, async () => {
      const html = of(event.id, lang, versions);
      expect(html).not.toMatch(/<\/script>.*<\/script>/s);
      const [article] = (await expandOffline(parsed(html))) as Expanded[];
      expect(value(article!, "inLanguage")).toBe(lang);
      expect(value(article!, "headline")).toBe(event.translations[lang]!.title);
      expect(value(article!, "url")).toBe(`${SITE}${lang}/${path}`);
      expect(value(values(article!, "about")[0]!, "name")).toBe(event.translations[lang]!.title);
      const [original] = values(article!, "translationOfWork");
      expect(value(original!, "inLanguage")).toBe("en");
      expect(value(original!, "url")).toBe(`${SITE}${path}`);
      expect(values(article!, "workTranslation")).toEqual([]);
      expect(value(values(article!, "correction")[0]!, "text")).toBe(lang === "ar" ? HOSTILE_NOTE : "روز اشتباه بود.");
    });
  }

  it("lists, on the original's page, each translation", async () => {
    const [article] = (await expandOffline(parsed(of(event.id, "en", versions)))) as Expanded[];
    expect(value(article!, "inLanguage")).toBe("en");
    expect(value(article!, "headline")).toBe(event.title);
    expect(values(article!, "workTranslation").map((work) => [value(work, "inLanguage"), value(work, "url")])).toEqual([
      ["ar", `${SITE}ar/${path}`],
      ["fa", `${SITE}fa/${path}`],
    ]);
    expect(values(article!, "translationOfWork")).toEqual([]);
  });

  it("tags a text left in the original with the original's language, not the page's", async () => {
    const partly = structuredClone(bundled);
    const target = partly.events.find((e: { id: string }) => e.id === event.id);
    delete target.translations.fa.title;
    target.updates[0].translations = { ar: { note: "ملاحظة" } };
    const [article] = (await expandOffline(
      parsed(eventPagesJsonLd(changeLogs(JSON.stringify(partly)), SITE)(event.id, "fa", versions)),
    )) as Expanded[];
    expect(value(article!, "inLanguage")).toBe("fa");
    expect(values(article!, "headline")[0]).toEqual({ "@value": event.title, "@language": "en" });
    expect(values(values(article!, "about")[0]!, "name")[0]).toEqual({ "@value": event.title, "@language": "en" });
    expect(values(values(article!, "correction")[0]!, "text")[0]).toEqual({ "@value": "The day was wrong.", "@language": "en" });
    // What is translated is in the page's language, as inLanguage says.
    expect(values(article!, "description")[0]!["@language"]).toBeUndefined();
  });

  it("is on no page of a language the site has no log for", () => {
    expect(of(event.id, "de", versions)).toBe("");
  });
});
