import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIRST_PAINT_FRAMES, ITEM_BOX } from "../src/features/timeline/itemBox";
import { itemBoxCss } from "./itemBoxCss";

/** Every stylesheet under src/. */
function stylesheets(dir = "src"): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return stylesheets(path);
      return entry.name.endsWith(".css") ? readFileSync(path, "utf8") : "";
    })
    .join("\n");
}

describe("the item box stylesheet", () => {
  const css = itemBoxCss();

  it("emits only variables that the stylesheets use", () => {
    const emitted = [...css.matchAll(/(--[a-z-]+):/g)].map((m) => m[1]!);
    expect(emitted).toContain("--item-box-width");
    const used = stylesheets();
    for (const name of emitted) expect(used, name).toContain(`var(${name}`);
  });

  it("has a class for every lane a plan can use, the overflow lane included", () => {
    for (let lane = 0; lane <= ITEM_BOX.maxLanes; lane++) expect(css).toContain(`.lane-${lane} { --lane: ${lane}; }`);
  });

  it("shows exactly one of the first paint's plans at any frame width", () => {
    const rules = [...css.matchAll(/@container ([^{]+)\{ [^[]+\[data-plan-width="(\d+)"\]/g)].map(([, query, width]) => {
      const min = /min-width: ([\d.]+)px/.exec(query!)?.[1];
      const max = /max-width: ([\d.]+)px/.exec(query!)?.[1];
      return { width: Number(width), min: min ? Number(min) : -Infinity, max: max ? Number(max) : Infinity };
    });
    expect(rules.map((r) => r.width).sort()).toEqual(FIRST_PAINT_FRAMES.map((f) => f.widthPx).sort());
    for (let width = 200; width <= 1600; width += 0.5) {
      const shown = rules.filter((r) => width >= r.min && width <= r.max);
      expect(shown, `at ${width}px`).toHaveLength(1);
      // The plan shown was made for this width or a narrower one: drawn wider, its boxes only spread apart.
      if (width >= Math.min(...rules.map((r) => r.width))) expect(shown[0]!.width).toBeLessThanOrEqual(width);
    }
  });
});
