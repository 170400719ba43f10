import { describe, expect, it } from "vitest";
import {
  canonicalHref,
  eventShareHref,
  hrefWithCategories,
  hrefWithChanges,
  hrefWithEvent,
  hrefWithLanguage,
  hrefWithPeriod,
  hrefWithQuery,
  pageLinkTarget,
  parseUrlState,
  readPagePath,
  selectionLink,
  siteRootHref,
} from "./urlState";

const base = "https://example.org/app/";

describe("parseUrlState", () => {
  it("reads the selected event from #/event/<id>", () => {
    expect(parseUrlState(`${base}#/event/2024-05-30-assad-visits-tehran`).eventId).toBe("2024-05-30-assad-visits-tehran");
  });

  it("decodes percent-escapes and survives malformed ones", () => {
    expect(parseUrlState(`${base}#/event/a%20b`).eventId).toBe("a b");
    expect(parseUrlState(`${base}#/event/%E0%A4%A`).eventId).toBe("%E0%A4%A");
  });

  it("has no selection without the hash, or with an empty id", () => {
    expect(parseUrlState(base).eventId).toBeNull();
    expect(parseUrlState(`${base}#/event/`).eventId).toBeNull();
    expect(parseUrlState(`${base}#something-else`).eventId).toBeNull();
  });

  it("reads ?data= and ?embed=1", () => {
    const state = parseUrlState(`${base}?data=other.json&embed=1#/event/x`);
    expect(state).toEqual({
      eventId: "x",
      periodId: null,
      dataParam: "other.json",
      embed: true,
      query: "",
      categories: null,
      lang: null,
      changes: false,
      opening: null,
    });
    expect(parseUrlState(`${base}?embed=0`).embed).toBe(false);
  });

  it("reads #/changes as the What's new view, on the opening page and on an event's", () => {
    expect(parseUrlState(`${base}#/changes`).changes).toBe(true);
    expect(parseUrlState(`${base}event/x/#/changes`)).toMatchObject({ changes: true, eventId: "x" });
    expect(parseUrlState(`${base}#/event/x`).changes).toBe(false);
  });

  it("reads ?opening=latest and ?opening=whole, and nothing else", () => {
    expect(parseUrlState(`${base}?opening=latest`).opening).toBe("latest");
    expect(parseUrlState(`${base}?opening=whole`).opening).toBe("whole");
    expect(parseUrlState(`${base}?opening=newest`).opening).toBeNull();
    expect(parseUrlState(base).opening).toBeNull();
  });
});

describe("hrefWithChanges", () => {
  it("opens and leaves the What's new view, keeping the query", () => {
    expect(hrefWithChanges(`${base}?lang=ar`, true)).toBe(`${base}?lang=ar#/changes`);
    expect(hrefWithChanges(`${base}?lang=ar#/changes`, false)).toBe(`${base}?lang=ar`);
    expect(hrefWithChanges(`${base}?data=a.json#/event/x`, false)).toBe(`${base}?data=a.json#/event/x`);
  });

  it("leaves the view when an event is selected", () => {
    expect(parseUrlState(hrefWithEvent(`${base}?data=a.json#/changes`, "x"))).toMatchObject({ changes: false, eventId: "x" });
    expect(parseUrlState(hrefWithEvent(`${base}#/changes`, "x"))).toMatchObject({ changes: false, eventId: "x" });
  });
});

describe("periods", () => {
  it("reads #/period/<id>, which selects no event", () => {
    expect(parseUrlState(`${base}?q=a#/period/raisi-presidency`)).toMatchObject({
      periodId: "raisi-presidency",
      eventId: null,
      query: "a",
    });
    expect(parseUrlState(`${base}#/event/x`).periodId).toBeNull();
  });
});

describe("canonicalHref", () => {
  it("rewrites ?event=<id> to #/event/<id>, keeping other parameters", () => {
    expect(canonicalHref(`${base}?data=x.json&event=abc`)).toBe(`${base}?data=x.json#/event/abc`);
  });

  it("rewrites TimelineJS-style #event-<id>: to the event's page, for the published dataset", () => {
    expect(canonicalHref(`${base}#event-2021-08-raisi-takes-office`)).toBe(`${base}event/2021-08-raisi-takes-office/`);
    expect(canonicalHref(`${base}?data=x.json#event-b`)).toBe(`${base}?data=x.json#/event/b`);
  });

  it("rewrites a published selection in the hash to its page, keeping the query", () => {
    expect(canonicalHref(`${base}?lang=ar#/event/abc`)).toBe(`${base}event/abc/?lang=ar`);
    expect(canonicalHref(`${base}event/abc/#/period/p`)).toBe(`${base}period/p/`);
    expect(canonicalHref(`${base}?event=abc`)).toBe(`${base}event/abc/`);
  });

  it("escapes hostile ids instead of passing them through", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const href = canonicalHref(`${base}?data=x.json&event=${encodeURIComponent(hostile)}`)!;
    expect(new URL(href).hash).toBe("#/event/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    expect(parseUrlState(href).eventId).toBe(hostile);
    const page = canonicalHref(`${base}?event=${encodeURIComponent(hostile)}`)!;
    expect(new URL(page).pathname).toBe("/app/event/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/");
    expect(parseUrlState(page).eventId).toBe(hostile);
  });

  it("leaves canonical addresses alone", () => {
    expect(canonicalHref(`${base}event/abc/`)).toBeNull();
    expect(canonicalHref(`${base}?data=x.json#/event/abc`)).toBeNull();
    expect(canonicalHref(base)).toBeNull();
  });
});

describe("event and period pages", () => {
  it("reads the selection from the page's path, at any depth", () => {
    expect(parseUrlState(`${base}event/a%20b/`).eventId).toBe("a b");
    expect(parseUrlState("https://example.org/event/x/index.html").eventId).toBe("x");
    expect(parseUrlState(`${base}period/p/`)).toMatchObject({ eventId: null, periodId: "p" });
    expect(readPagePath("/app/event/x/")).toEqual({ root: "/app/", lang: null, kind: "event", id: "x" });
    expect(readPagePath("/app/index.html")).toEqual({ root: "/app/", lang: null, kind: null, id: null });
    expect(siteRootHref(`${base}event/x/?q=a`)).toBe(base);
    // A path that starts with //host is this site's folder, never that host.
    expect(new URL(siteRootHref("https://news.example//evil.invalid/")).origin).toBe("https://news.example");
    expect(new URL(siteRootHref("https://news.example//evil.invalid/event/x/")).origin).toBe("https://news.example");
  });

  it("reads a page's language from its folder, and keeps it from page to page", () => {
    expect(readPagePath("/app/ar/event/x/")).toEqual({ root: "/app/", lang: "ar", kind: "event", id: "x" });
    expect(readPagePath("/app/fa/")).toEqual({ root: "/app/", lang: "fa", kind: null, id: null });
    expect(parseUrlState(`${base}fa/period/p/`)).toMatchObject({ periodId: "p", lang: "fa" });
    expect(parseUrlState(`${base}fa/event/x/?lang=en`).lang).toBe("en");
    expect(siteRootHref(`${base}ar/event/x/`)).toBe(base);
    expect(siteRootHref(`${base}ar/`)).toBe(base);
    expect(selectionLink(`${base}ar/event/x/`, "event", "y")).toBe("../../../ar/event/y/");
    expect(selectionLink(`${base}ar/`, "event", "y")).toBe("../ar/event/y/");
    expect(hrefWithEvent(`${base}ar/event/x/?q=a`, "y")).toBe(`${base}ar/event/y/?q=a`);
    expect(hrefWithEvent(`${base}fa/event/x/`, null)).toBe(`${base}fa/`);
    expect(pageLinkTarget(`${base}ar/event/y/`, `${base}ar/?q=a`)).toBe(`${base}ar/event/y/?q=a`);
    expect(pageLinkTarget(`${base}ar/`, `${base}ar/event/y/`)).toBe(`${base}ar/`);
    expect(hrefWithLanguage(`${base}ar/event/x/?q=a`, "fa")).toBe(`${base}event/x/?q=a&lang=fa`);
    expect(hrefWithLanguage(`${base}ar/`, "ar")).toBe(`${base}ar/?lang=ar`);
  });

  it("lets a selection in the hash win, and ignores the path for a ?data= dataset", () => {
    expect(parseUrlState(`${base}event/x/#/event/y`).eventId).toBe("y");
    expect(parseUrlState(`${base}event/x/#/period/p`)).toMatchObject({ eventId: null, periodId: "p" });
    expect(parseUrlState(`${base}event/x/?data=d.json`).eventId).toBeNull();
  });

  it("writes links relative to the page, so the prerender and the app agree anywhere", () => {
    expect(selectionLink(base, "event", "a b")).toBe("./event/a%20b/");
    expect(selectionLink(`${base}event/x/`, "period", "p")).toBe("../../period/p/");
    expect(selectionLink(`${base}?data=d.json`, "event", "y")).toBe("#/event/y");
    expect(new URL(selectionLink(`${base}event/x/`, "event", "y"), `${base}event/x/`).href).toBe(`${base}event/y/`);
  });

  it("turns a click on one of the site's pages into a selection that keeps the reader's query", () => {
    const here = `${base}event/x/?lang=fa&q=a`;
    expect(pageLinkTarget(`${base}event/y/`, here)).toBe(`${base}event/y/?lang=fa&q=a`);
    expect(pageLinkTarget(`${base}period/p/#top`, here)).toBe(`${base}period/p/?lang=fa&q=a#top`);
    expect(pageLinkTarget(base, here)).toBe(`${base}?lang=fa&q=a`);
    expect(pageLinkTarget(`${base}data/timeline.json`, here)).toBeNull();
    expect(pageLinkTarget("https://elsewhere.example/app/event/y/", here)).toBeNull();
    expect(pageLinkTarget("https://example.org/other/event/y/", here)).toBeNull();
    expect(pageLinkTarget(`${base}event/y/`, `${base}?data=d.json`)).toBeNull();
  });
});

describe("hrefWithEvent", () => {
  it("selects the event's page for the published dataset, keeping the query", () => {
    expect(hrefWithEvent(`${base}?embed=1`, "x")).toBe(`${base}event/x/?embed=1`);
    expect(hrefWithEvent(`${base}event/x/?embed=1`, "y")).toBe(`${base}event/y/?embed=1`);
    expect(hrefWithEvent(`${base}event/x/?embed=1`, null)).toBe(`${base}?embed=1`);
    expect(hrefWithPeriod(`${base}event/x/`, "p")).toBe(`${base}period/p/`);
  });

  it("sets and clears the hash for a ?data= dataset", () => {
    expect(hrefWithEvent(`${base}?data=d.json`, "x")).toBe(`${base}?data=d.json#/event/x`);
    expect(hrefWithEvent(`${base}?data=d.json#/event/x`, null)).toBe(`${base}?data=d.json`);
  });
});

describe("search and filter state", () => {
  it("reads ?q= and ?categories= alongside the selected event", () => {
    const state = parseUrlState(`${base}?q=Assad%20Tehran&categories=security,diplomacy#/event/x`);
    expect(state).toMatchObject({ eventId: "x", query: "Assad Tehran", categories: ["security", "diplomacy"] });
    expect(parseUrlState(`${base}?categories=`).categories).toEqual([]);
    expect(parseUrlState(base).categories).toBeNull();
  });

  it("caps an over-long query", () => {
    expect(parseUrlState(`${base}?q=${"a".repeat(5000)}`).query).toHaveLength(200);
  });

  it("writes them without touching the selection", () => {
    const href = hrefWithCategories(hrefWithQuery(`${base}#/event/x`, "Raisi"), ["security"]);
    expect(href).toBe(`${base}?q=Raisi&categories=security#/event/x`);
    expect(hrefWithCategories(hrefWithQuery(href, "  "), null)).toBe(`${base}#/event/x`);
  });
});

describe("eventShareHref", () => {
  it("links the event in this dataset, without the reader's own search, filters, layout or language", () => {
    expect(eventShareHref("https://x.org/t/?data=d.json&q=raisi&categories=a&embed=1&lang=fa#/event/old", "2024 b")).toBe(
      "https://x.org/t/?data=d.json#/event/2024%20b",
    );
    expect(eventShareHref("https://x.org/t/event/old/?q=raisi&lang=fa", "2024 b")).toBe("https://x.org/t/event/2024%20b/");
  });

  it("links a reader of a translation to that language's page, from any page of the site", () => {
    expect(eventShareHref("https://x.org/t/?lang=ar#/event/old", "e1", "ar")).toBe("https://x.org/t/ar/event/e1/");
    expect(eventShareHref("https://x.org/t/event/old/?lang=fa", "e1", "fa")).toBe("https://x.org/t/fa/event/e1/");
    expect(eventShareHref("https://x.org/t/ar/event/old/", "e1", "ar")).toBe("https://x.org/t/ar/event/e1/");
    // A `?data=` dataset has no pages: its hash, in any language.
    expect(eventShareHref("https://x.org/t/?data=d.json&lang=ar", "e1", "ar")).toBe("https://x.org/t/?data=d.json#/event/e1");
  });
});

describe("ids in any script", () => {
  const id = "دیدار-در-تهران";
  const encoded = encodeURIComponent(id);

  it("are read from the hash, the query and a page's path, as typed or percent-encoded", () => {
    expect(parseUrlState(`https://h.example/?data=t.json#/event/${encoded}`).eventId).toBe(id);
    expect(parseUrlState(`https://h.example/?data=t.json#/event/${id}`).eventId).toBe(id);
    expect(parseUrlState(`https://h.example/site/event/${encoded}/`).eventId).toBe(id);
    expect(parseUrlState(`https://h.example/site/event/${id}/`).eventId).toBe(id);
    expect(canonicalHref(`https://h.example/?data=t.json&event=${encoded}`)).toBe(`https://h.example/?data=t.json#/event/${encoded}`);
  });

  it("are written percent-encoded, in the hash and in a page's path", () => {
    expect(hrefWithEvent("https://h.example/?data=t.json", id)).toBe(`https://h.example/?data=t.json#/event/${encoded}`);
    expect(hrefWithEvent("https://h.example/site/", id)).toBe(`https://h.example/site/event/${encoded}/`);
  });

  it('keep TimelineJS\'s own links, whatever its id: `#event--` asks for the id "-"', () => {
    const canonical = canonicalHref("https://h.example/?data=t.json#event--");
    expect(canonical).toBe("https://h.example/?data=t.json#/event/-");
    expect(parseUrlState(canonical!).eventId).toBe("-");
  });
});
