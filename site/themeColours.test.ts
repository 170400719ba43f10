import { describe, expect, it } from "vitest";
import { CATEGORY_COLOURS } from "../src/lib/categoryClasses";
import { readThemeColours } from "./themeColours";

describe("readThemeColours", () => {
  it("reads the light scheme's colours, every category swatch among them", () => {
    const colours = readThemeColours();
    for (let i = 0; i < CATEGORY_COLOURS; i++) expect(colours.get(`cat-${i}`)).toMatch(/^#[0-9a-f]{6}$/i);
    expect(colours.get("bg")).toMatch(/^#/);
  });

  it("takes the first :root rule only", () => {
    const colours = readThemeColours(":root { --bg: #fff; --cat-0: #b00; } @media (prefers-color-scheme: dark) { :root { --bg: #000; } }");
    expect(colours.get("bg")).toBe("#fff");
  });
});
