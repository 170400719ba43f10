import { describe, expect, it } from "vitest";
import { slugify, uniqueKey } from "./timelineJsIds";

describe("TimelineJS ids", () => {
  it("slugifies headlines as TimelineJS does", () => {
    expect(slugify("  Assad meets Khamenei in Tehran ")).toBe("assad-meets-khamenei-in-tehran");
    expect(slugify("Café: über_alles, ñandú")).toBe("cafe-uber-alles-nandu");
    expect(slugify("2020: a year")).toBe("_2020-a-year");
    expect(slugify("<b>Bold</b> move")).toBe("bbold-b-move");
    expect(slugify("دیدار")).toBe("");
  });

  it("makes a taken id unique the way TimelineJS does", () => {
    expect(uniqueKey(new Set(["a"]), "b")).toBe("b");
    expect(uniqueKey(new Set(["a"]), "a")).toBe("a-2");
    expect(uniqueKey(new Set(["a", "a-2"]), "a")).toBe("a-3");
    expect(uniqueKey(new Set(["a", "a-2", "a-3"]), "a")).toBe("a-4");
  });
});
