import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkQuote, quoteFound, normalizeForQuote } from "./quoteMatch";

const article = `Damascus — The minister said: “We will not retreat before the West.” He added that ties were
“strategic”  and   long-standing. Talks continue.`;

describe("checkQuote", () => {
  it("finds a quote verbatim, with curly and straight marks, dashes and white space treated alike", () => {
    expect(checkQuote('"We will not retreat before the West."', article)).toMatchObject({ found: true });
    expect(checkQuote('ties were "strategic" and long-standing', article)).toMatchObject({ found: true });
    expect(checkQuote("Damascus - The minister", article)).toMatchObject({ found: true });
  });

  it("does not let case, words or their order pass", () => {
    expect(checkQuote("we will not retreat before the west", article).found).toBe(false);
    expect(checkQuote("We will never retreat before the West", article).found).toBe(false);
    expect(checkQuote("retreat we will not", article).found).toBe(false);
  });

  it("shows the closest passage for a near miss", () => {
    const verdict = checkQuote("We will never retreat before the West", article);
    expect(verdict).toMatchObject({ found: false, closest: "“We will not retreat before the West.”" });
    if (!verdict.found) expect(verdict.similarity).toBeCloseTo(6 / 7);
  });

  it("reaches the word that differs, and marks the words that differ", () => {
    const text = "The minister said the ties between the two countries must be preserved at any cost, officials said.";
    const verdict = checkQuote("the ties between the two countries must be kept", text);
    if (verdict.found) throw new Error("a misquote was found");
    expect(verdict.closest).toBe("the ties between the two countries must be preserved");
    expect(verdict.words!.filter((w) => w.differs).map((w) => w.text.trim())).toEqual(["preserved"]);
    // A word added in the article is in the passage and marked.
    const added = checkQuote("the ties must be preserved", "We said the strong ties must be preserved.");
    if (added.found) throw new Error("a misquote was found");
    expect(added.closest).toBe("the strong ties must be preserved.");
    expect(added.words!.filter((w) => w.differs).map((w) => w.text.trim())).toEqual(["strong"]);
  });

  it("keeps up with a long article", () => {
    const long = `${"filler words about nothing in particular. ".repeat(40_000)}The needle sentence is here.`;
    expect(checkQuote("The needle sentence is here.", long).found).toBe(true);
    const miss = checkQuote("The needle sentences are here", long);
    expect(miss).toMatchObject({ found: false, closest: "The needle sentence is here." });
  });

  it("says nothing is found for an empty quote or article", () => {
    expect(checkQuote("", article)).toEqual({ found: false, closest: null, similarity: 0 });
    expect(checkQuote("words", "")).toEqual({ found: false, closest: null, similarity: 0 });
  });

  it("normalises only what does not count", () => {
    expect(normalizeForQuote("a\u00A0\u2014\tb “c” ‘d’…")).toBe("a - b \"c\" 'd'...");
  });
});

// The bundled dataset's quotes against the five source articles, where they sit beside this clone
// (../shared/seeds); a clone with nothing beside it has only the tests above.
const seeds = new URL("../../../shared/seeds/", import.meta.url);
describe.runIf(existsSync(seeds))("the bundled dataset's quotes", () => {
  it("are all found in their articles", () => {
    const dataset = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"));
    let quotes = 0;
    for (const source of dataset.sources) {
      const text = readFileSync(new URL(source.file, seeds), "utf8");
      for (const quote of source.quotes) {
        quotes++;
        expect(checkQuote(quote.text, text), `${source.id}: ${quote.text}`).toMatchObject({ found: true });
      }
    }
    expect(quotes).toBe(16);
  });
});

describe("whether a quote is found, without its closest passage", () => {
  it("agrees with the full check", () => {
    const article = "The minister said the ties “must be preserved” — at any cost.";
    for (const quote of ['the ties "must be preserved" - at any cost', "the ties must be kept", "", "   "])
      expect(quoteFound(quote, article)).toBe(checkQuote(quote, article).found);
  });
});
