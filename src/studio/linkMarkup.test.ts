import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asParagraphs } from "../lib/richText";
import { fromLinkMarkup, toLinkMarkup } from "./linkMarkup";

describe("link markup", () => {
  it("reads links and paragraphs", () => {
    expect(fromLinkMarkup("As [Reuters reported](https://example.com/a), talks began.\n\nThen more.")).toEqual([
      ["As ", { text: "Reuters reported", href: "https://example.com/a" }, ", talks began."],
      ["Then more."],
    ]);
  });

  it("keeps plain text as the string typed", () => {
    expect(fromLinkMarkup("Talks began.\nA second line.")).toBe("Talks began.\nA second line.");
  });

  it("makes no link of an address that is not http(s), nor of brackets alone", () => {
    for (const typed of ["[click](javascript:alert(1))", "[x](data:text/html,hi)", "[just brackets]", "see (https://example.com)"])
      expect(fromLinkMarkup(typed)).toBe(typed);
  });

  it("gives back exactly what was typed, at every keystroke", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "\n", "[", "]", "(", ")", "https://x.org/p", "é") }), (typed) => {
        expect(toLinkMarkup(fromLinkMarkup(typed))).toBe(typed);
      }),
    );
    // Half-way through a new paragraph, the blank line stays.
    expect(toLinkMarkup(fromLinkMarkup("One.\n\n"))).toBe("One.\n\n");
  });

  it("shows a dataset's paragraphs and links so that saving them unchanged changes nothing", () => {
    const word = fc.stringMatching(/^[a-z ,.é]{1,12}$/);
    const run = fc.oneof(word, fc.record({ text: word, href: fc.constantFrom("https://example.com/a", "http://site.org/b?c=1") }));
    const paragraph = fc
      .array(run, { minLength: 1, maxLength: 4 })
      // Two plain runs in a row read back as one: the format does not tell them apart either.
      .filter((runs) => runs.every((r, i) => i === 0 || typeof r !== "string" || typeof runs[i - 1] !== "string"));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        expect(asParagraphs(fromLinkMarkup(toLinkMarkup(paragraphs)))).toEqual(paragraphs);
      }),
    );
  });
});
