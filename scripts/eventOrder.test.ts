import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../src/features/dataset/datasetIndex";
import { parseDataset } from "../src/features/dataset/parse";
import { byDate } from "./eventOrder.mjs";
// @ts-expect-error: a plain ESM script, run by Node directly; no type declarations.
import { generateDataset } from "./generate-dataset.mjs";

describe("byDate", () => {
  it("orders raw events exactly as the app does", () => {
    for (const text of [readFileSync("data/timeline.json", "utf8"), JSON.stringify(generateDataset(500, 5))]) {
      const raw = JSON.parse(text) as { events: { id: string; date: string }[] };
      const app = buildIndex(parseDataset(text, "t.json")).events.map((e) => e.id);
      expect(byDate(raw.events).map((e) => e.id)).toEqual(app);
    }
  });

  it("puts the less precise of two dates with the same start first", () => {
    const events = [
      { id: "b", date: "2024-05-01" },
      { id: "a", date: "2024-05" },
      { id: "c", date: "2024" },
    ];
    expect(byDate(events).map((e) => e.id)).toEqual(["c", "a", "b"]);
  });
});
