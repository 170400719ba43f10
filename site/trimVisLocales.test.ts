import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { trimVisLocales } from "./trimVisLocales";

describe("trimVisLocales", () => {
  it("leaves vis-timeline's locale table with English alone", () => {
    const source = "const en = {};\nconst de = {};\nconst locales = {\n  en,\n  en_EN,\n  de,\n  nb_NO\n};\nclass Item {}";
    expect(trimVisLocales(source)).toBe("const en = {};\nconst de = {};\nconst locales = { en };\n\n\n\n\n\nclass Item {}");
  });

  it("finds the table in the installed vis-timeline build", () => {
    // The build the app bundles: the ES module that package.json exports as "vis-timeline/esnext".
    const manifest = createRequire(import.meta.url).resolve("vis-timeline/package.json");
    const trimmed = trimVisLocales(readFileSync(join(dirname(manifest), "esnext/esm/vis-timeline-graph2d.mjs"), "utf8"));
    expect(trimmed).toContain("const locales = { en };");
    expect(trimmed).not.toMatch(/const locales = \{\s*en,/);
  });

  it("keeps the line count, so the library's source map still lines up", () => {
    const source = "a\nconst locales = {\n  en,\n  de\n};\nb";
    expect(trimVisLocales(source).split("\n")).toHaveLength(source.split("\n").length);
  });

  it("fails loudly when the table is not there", () => {
    expect(() => trimVisLocales("class Item {}")).toThrow(/locales/);
  });
});
