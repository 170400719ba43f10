import { describe, expect, it } from "vitest";
import { LANGUAGES, resolveLanguage } from "../lib/i18n/i18n";
import { parseUrlState } from "../url/urlState";
import { deepLinkPage, snapshotApplies } from "./snapshotGate";

const searches = [
  "",
  "?lang=en",
  "?lang=ar",
  "?lang=fa",
  "?lang=xx",
  "?data=other.json",
  "?embed=1",
  "?embed=0",
  "?embed=1&lang=ar",
  "?q=assad",
  "?categories=security",
  "?event=x",
  "?opening=latest",
  "?opening=whole",
];
const browsers = [[], ["en-GB"], ["ar-SY", "en"], ["fa"], ["de", "fa-IR"], ["de"], ["DE-at", "EN"]];

const hashes = ["", "#/event/x"];

/** The app shows a prerendered view: the bundled dataset, in English, unfiltered; embedded, only
 * without a hash (the compact view of the page itself). */
function appShowsDefault(search: string, hash: string, languages: string[]): boolean {
  const state = parseUrlState(`https://example.org/${search}${hash}`);
  return (
    state.dataParam === null &&
    (!state.embed || hash === "") &&
    state.query === "" &&
    state.categories === null &&
    state.opening === null &&
    resolveLanguage(state.lang, languages) === "en"
  );
}

describe("snapshotApplies", () => {
  it("agrees with the app's reading of every address and browser", () => {
    for (const search of searches) {
      for (const hash of hashes) {
        for (const languages of browsers) {
          expect(snapshotApplies(search, hash, languages), `${search}${hash} with ${languages.join(",")}`).toBe(
            appShowsDefault(search, hash, languages),
          );
        }
      }
    }
  });

  it("knows every interface language", () => {
    for (const lang of LANGUAGES) expect(snapshotApplies(`?lang=${lang}`, "", ["de"])).toBe(lang === "en");
  });

  it("holds a page in a language to that language, whatever the browser prefers", () => {
    expect(snapshotApplies("", "", ["en"], "ar")).toBe(true);
    expect(snapshotApplies("?lang=ar", "", ["fa"], "ar")).toBe(true);
    expect(snapshotApplies("?lang=fa", "", ["ar"], "ar")).toBe(false);
    expect(snapshotApplies("?lang=fa", "", ["ar"], "fa")).toBe(true);
    expect(snapshotApplies("?q=x", "", ["ar"], "ar")).toBe(false);
    for (const languages of browsers) expect(resolveLanguage(parseUrlState(`https://x.example/ar/event/e/`).lang, languages)).toBe("ar");
  });

  it("is self-contained, since the build inlines its source", () => {
    expect(() => new Function(`return (${snapshotApplies.toString()})("", "", ["en"], "ar")`)()).not.toThrow();
  });
});

describe("deepLinkPage", () => {
  const pages = ["#/event/a", "#/period/p"];

  it("sends a deep link to one of the site's pages on to that page, the address kept", () => {
    expect(deepLinkPage("", "#/event/a", pages)).toBe("event/a/");
    expect(deepLinkPage("?embed=1&lang=ar", "#/period/p", pages)).toBe("period/p/?embed=1&lang=ar");
  });

  it("leaves every other address to the page: no hash, an unknown id, another dataset's hash, another spelling", () => {
    for (const [search, hash] of [
      ["", ""],
      ["", "#/event/unknown"],
      ["", "#/event/a/extra"],
      ["?data=other.json", "#/event/a"],
      ["", "#event-a"],
      ["", "#/event/"],
    ]) {
      expect(deepLinkPage(search!, hash!, pages), `${search}${hash}`).toBeNull();
    }
  });

  it("goes where the app's own reading of the address puts the same selection", () => {
    for (const hash of pages) {
      const page = deepLinkPage("", hash, pages)!;
      const fromHash = parseUrlState(`https://example.org/site/${hash}`);
      const fromPage = parseUrlState(`https://example.org/site/${page}`);
      expect([fromPage.eventId, fromPage.periodId]).toEqual([fromHash.eventId, fromHash.periodId]);
    }
  });

  it("is self-contained, since the build inlines its source", () => {
    expect(new Function(`return (${deepLinkPage.toString()})("", "#/event/a", ["#/event/a"])`)()).toBe("event/a/");
  });
});
