import { describe, expect, it } from "vitest";
import { generateDataset } from "../../test-support/generateDataset.mjs";
import { parseDataset } from "./readDatasetNow";

describe("the synthetic dataset generator", () => {
  it("writes valid datasets of the size asked for", () => {
    for (const size of [1, 7, 1000]) {
      const dataset = parseDataset(JSON.stringify(generateDataset(size, 42)), `synthetic-${size}.json`);
      expect(dataset.events).toHaveLength(size);
    }
  });

  it("is deterministic by seed, and mixes precisions", () => {
    expect(JSON.stringify(generateDataset(200, 7))).toBe(JSON.stringify(generateDataset(200, 7)));
    expect(JSON.stringify(generateDataset(200, 7))).not.toBe(JSON.stringify(generateDataset(200, 8)));
    const precisions = new Set(parseDataset(JSON.stringify(generateDataset(200, 7)), "x").events.map((e) => e.date.precision));
    expect([...precisions].sort()).toEqual(["day", "month", "year"]);
  });
});
