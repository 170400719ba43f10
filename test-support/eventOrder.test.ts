import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../src/dataset/datasetIndex";
import { parseDataset } from "../src/dataset/readDatasetNow";
import { byDate } from "./eventOrder";
import { generateDataset } from "./generateDataset.mjs";

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

  it("orders dates before the common era and mixed precisions as the app does", () => {
    const events = [
      { id: "rome", date: "-0100" },
      { id: "persepolis", date: "-0500" },
      { id: "persepolis-spring", date: "-0500-04" },
      { id: "marathon", date: "-0490-09-12" },
      { id: "late", date: "2024-05-19T14:30" },
      { id: "day", date: "2024-05-19" },
      { id: "ce-1", date: "0001" },
    ];
    const dataset = generateDataset(events.length, 3);
    dataset.events = dataset.events.map((event, i) => ({ ...event, ...events[i]! }));
    const app = buildIndex(parseDataset(JSON.stringify(dataset), "order.json")).events.map((e) => e.id);
    expect(byDate(events).map((e) => e.id)).toEqual(app);
    // 500 BCE comes before 100 BCE, though "-0100" sorts before "-0500" as text.
    expect(app.slice(0, 4)).toEqual(["persepolis", "persepolis-spring", "marathon", "rome"]);
    expect(app.slice(-2)).toEqual(["day", "late"]);
  });
});
