import { describe, expect, it } from "vitest";
import { LANGUAGES, resolveLanguage } from "../lib/i18n/i18n";
import { parseUrlState } from "../url/urlState";
import { snapshotApplies } from "./snapshotGate";

const searches = [
  "",
  "?lang=en",
  "?lang=ar",
  "?lang=fa",
  "?lang=xx",
  "?data=other.json",
  "?embed=1",
  "?q=assad",
  "?categories=security",
  "?event=x",
];
const browsers = [[], ["en-GB"], ["ar-SY", "en"], ["fa"], ["de", "fa-IR"], ["de"], ["DE-at", "EN"]];

/** The app shows the prerendered view: the bundled dataset, in English, unfiltered, not embedded. */
function appShowsDefault(search: string, languages: string[]): boolean {
  const state = parseUrlState(`https://example.org/${search}#/event/x`);
  return (
    state.dataParam === null &&
    !state.embed &&
    state.query === "" &&
    state.categories === null &&
    resolveLanguage(state.lang, languages) === "en"
  );
}

describe("snapshotApplies", () => {
  it("agrees with the app's reading of every address and browser", () => {
    for (const search of searches) {
      for (const languages of browsers) {
        expect(snapshotApplies(search, languages), `${search} with ${languages.join(",")}`).toBe(appShowsDefault(search, languages));
      }
    }
  });

  it("knows every interface language", () => {
    for (const lang of LANGUAGES) expect(snapshotApplies(`?lang=${lang}`, ["de"])).toBe(lang === "en");
  });

  it("is self-contained, since the build inlines its source", () => {
    expect(() => new Function(`return (${snapshotApplies.toString()})("", ["en"])`)()).not.toThrow();
  });
});
