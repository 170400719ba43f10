import { describe, expect, it } from "vitest";
import { compactParagraphs, htmlToParagraphs } from "./richText";

describe("htmlToParagraphs", () => {
  it("keeps paragraphs as paragraphs and http(s) links as links", () => {
    expect(htmlToParagraphs('<p>One <b>bold</b> line.</p><p>See <a href="https://example.org/x?a=1&amp;b=2">the source</a>.</p>')).toEqual([
      ["One bold line."],
      ["See ", { text: "the source", href: "https://example.org/x?a=1&b=2" }, "."],
    ]);
    expect(htmlToParagraphs("Line one<br>line two<br/>")).toEqual([["Line one"], ["line two"]]);
  });

  it("turns every other link into its text", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "/relative", "mailto:a@b.c", ""]) {
      expect(htmlToParagraphs(`<a href="${href}">text</a> after`), href).toEqual([["text after"]]);
    }
  });

  it("decodes entities once, and drops what a browser would not show", () => {
    expect(htmlToParagraphs("Tom &amp; Jerry &lt;b&gt; &#8212; &eacute;")).toEqual([["Tom & Jerry <b> — é"]]);
    expect(htmlToParagraphs("<script>alert(1)</script><style>p{}</style>Shown<img src=x onerror=alert(2)>")).toEqual([["Shown"]]);
  });

  it("reads the HTML people write: typos, unclosed tags, stray brackets", () => {
    expect(htmlToParagraphs("<p>Unclosed <i>italic<p>Next")).toEqual([["Unclosed italic"], ["Next"]]);
    expect(htmlToParagraphs("a < b and c > d")).toEqual([["a < b and c > d"]]);
    expect(htmlToParagraphs("<a href='https://example.org'>no close")).toEqual([[{ text: "no close", href: "https://example.org/" }]]);
    expect(htmlToParagraphs("")).toEqual([]);
  });

  it("is kept as a plain string where there are no links", () => {
    expect(compactParagraphs(htmlToParagraphs("<p>a</p><p>b</p>"))).toBe("a\n\nb");
    expect(compactParagraphs(htmlToParagraphs('<a href="https://x.org">x</a>'))).toEqual([[{ text: "x", href: "https://x.org/" }]]);
  });
});
