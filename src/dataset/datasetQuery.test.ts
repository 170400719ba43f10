import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Fetched } from "./datasetFetch";
import { datasetLoads } from "./datasetLoads";
import { loadDataset } from "./datasetQuery";

const bytes = new Uint8Array(readFileSync("data/timeline.json"));
const loadsOfFile = () => datasetLoads(async () => ({ bytes }) satisfies Fetched);

describe("loading a small dataset on the page", () => {
  it("takes no digest of the file unless asked (only a prerendered page compares one)", async () => {
    const index = await loadDataset(loadsOfFile(), "data/timeline.json", "timeline.json");
    expect(index.events.length).toBeGreaterThan(0);
    expect(index.digest).toBeUndefined();
  });

  it("takes the file's SHA-256 when asked, as the build writes it", async () => {
    const index = await loadDataset(loadsOfFile(), "data/timeline.json", "timeline.json", undefined, { digest: true });
    expect(index.digest).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
});
