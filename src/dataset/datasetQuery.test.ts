import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Fetched } from "./datasetFetch";
import { datasetLoads } from "./datasetLoads";
import { loadDataset } from "./datasetQuery";
import { textDigestIfLoaded } from "../lib/textDigestLoader";
import { generateDataset } from "../../test-support/generateDataset.mjs";

const bytes = new Uint8Array(readFileSync("data/timeline.json"));
const loadsOfFile = () => datasetLoads(async () => ({ bytes }) satisfies Fetched);

describe("loading a small dataset on the page", () => {
  // First in this file: the digest's code, once loaded, stays.
  it("loads SHA-256, which tells an outdated translation, only for a dataset whose translations carry a basis", async () => {
    const translated = generateDataset(5, 1) as { events: { translations?: object }[] };
    Object.assign(translated, { languages: [{ code: "en" }, { code: "ar" }] });
    translated.events[0]!.translations = { ar: { title: "عنوان" } };
    const plain = new TextEncoder().encode(JSON.stringify(translated));
    await loadDataset(
      datasetLoads(async () => ({ bytes: plain }) satisfies Fetched),
      "plain.json",
      "plain.json",
    );
    expect(textDigestIfLoaded()).toBeUndefined();
    // The bundled dataset's translations carry their basis.
    await loadDataset(loadsOfFile(), "data/timeline.json", "timeline.json");
    expect(textDigestIfLoaded()?.("x")).toMatch(/^[0-9a-f]{16}$/);
  });

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
