import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATASET } from "../src/dataset/datasetUrl";
import { datasetFileName, readDefaultDataset } from "./dataset";

describe("the dataset files", () => {
  it("serves plain .json names under /data/ and nothing else", () => {
    expect(datasetFileName("/timeline.json?v=1")).toBe("timeline.json");
    expect(datasetFileName("/other%20name.json")).toBeNull();
    expect(datasetFileName("/../package.json")).toBeNull();
    expect(datasetFileName("/%2e%2e%2fpackage.json")).toBeNull();
    expect(datasetFileName("/%E0%A4%A.json")).toBeNull();
    expect(datasetFileName("/timeline.txt")).toBeNull();
  });

  it("builds with data/timeline.json unless TIMELINE_DATA names another file", () => {
    expect(existsSync(DEFAULT_DATASET)).toBe(true);
    expect(JSON.parse(readDefaultDataset({})).version).toBe(1);
    expect(() => readDefaultDataset({ TIMELINE_DATA: "nowhere/x.json" })).toThrow("TIMELINE_DATA=nowhere/x.json");
  });
});
