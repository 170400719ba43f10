import { describe, expect, it } from "vitest";
import { canonicalHref, eventShareHref, hrefWithCategories, hrefWithEvent, hrefWithQuery, parseUrlState } from "./urlState";

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
    expect(state).toEqual({ eventId: "x", periodId: null, dataParam: "other.json", embed: true, query: "", categories: null, lang: null });
    expect(parseUrlState(`${base}?embed=0`).embed).toBe(false);
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

  it("rewrites TimelineJS-style #event-<id>", () => {
    expect(canonicalHref(`${base}#event-2021-08-raisi-takes-office`)).toBe(`${base}#/event/2021-08-raisi-takes-office`);
  });

  it("escapes hostile ids instead of passing them through", () => {
    const href = canonicalHref(`${base}?event=${encodeURIComponent("<img src=x onerror=alert(1)>")}`)!;
    expect(new URL(href).hash).toBe("#/event/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    expect(parseUrlState(href).eventId).toBe("<img src=x onerror=alert(1)>");
  });

  it("leaves canonical addresses alone", () => {
    expect(canonicalHref(`${base}#/event/abc`)).toBeNull();
    expect(canonicalHref(base)).toBeNull();
  });
});

describe("hrefWithEvent", () => {
  it("sets and clears the selection, keeping the query", () => {
    expect(hrefWithEvent(`${base}?embed=1`, "x")).toBe(`${base}?embed=1#/event/x`);
    expect(hrefWithEvent(`${base}?embed=1#/event/x`, null)).toBe(`${base}?embed=1`);
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
  });
});
