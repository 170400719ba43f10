import { describe, expect, it } from "vitest";
import { quoteMarks } from "./quoteMarks";

describe("quoteMarks", () => {
  it("gives a quotation its own language's marks", () => {
    expect(quoteMarks("fr")).toEqual(["«\u00a0", "\u00a0»"]);
    expect(quoteMarks("de-AT")).toEqual(["„", "“"]);
    expect(quoteMarks("ar")).toEqual(["«", "»"]);
    expect(quoteMarks("fa")).toEqual(["«", "»"]);
    expect(quoteMarks("en")).toEqual(["“", "”"]);
  });

  it("falls back to English's for a language it does not list", () => {
    expect(quoteMarks("sw")).toEqual(["“", "”"]);
  });
});
