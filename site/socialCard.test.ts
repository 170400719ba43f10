import { describe, expect, it } from "vitest";
import { uncoveredCharacters } from "./socialCard";

describe("the card fonts' coverage, from their own character maps", () => {
  it("covers the scripts the timeline is written in", () => {
    expect(uncoveredCharacters("Iran–Syria, 2020–2024 · Raïsi’s “visit” — Ἀθῆναι Москва Việt Nam ایران و سوریه گفت‌وگو ۱۴۰۳")).toEqual([]);
  });

  it("names what would draw as a box, though the scripts call it Common", () => {
    expect(uncoveredCharacters("Talks 😀 end\u2028here 😀")).toEqual(["😀", "\u2028"]);
  });
});
