import { describe, expect, it } from "vitest";
import { CATEGORY_COLOURS, categoryClasses } from "./categoryClasses";

describe("categoryClasses", () => {
  it("colours categories by position, cycling through the palette, whatever their ids say", () => {
    const categories = Array.from({ length: CATEGORY_COLOURS + 1 }, (_, i) => ({ id: i === 0 ? '"><x' : `c${i}` }));
    const classes = categoryClasses(categories);
    expect(classes.get('"><x')).toBe("category-0");
    expect(classes.get("c1")).toBe("category-1");
    expect(classes.get(`c${CATEGORY_COLOURS}`)).toBe("category-0");
  });
});
