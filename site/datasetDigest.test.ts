import { describe, expect, it } from "vitest";
import { bytesDigest } from "../src/dataset/datasetDigest.ts";
import { readDatasetToBuild } from "./dataset.ts";
import { buildDigest, digestTag } from "./datasetDigest.ts";

describe("the digest of the file a page was drawn from", () => {
  it("is the same written by the build and computed by the page, of the same bytes", async () => {
    const { bytes } = readDatasetToBuild();
    const digest = buildDigest(bytes);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await bytesDigest(new Uint8Array(bytes))).toBe(digest);
    expect(digestTag(digest)).toBe(`<meta name="dataset-digest" content="${digest}">`);
  });

  it("differs for a file changed by one byte, and is null where the page has no Web Crypto", async () => {
    const bytes = new TextEncoder().encode('{"title":"a"}');
    const changed = new TextEncoder().encode('{"title":"b"}');
    expect(await bytesDigest(bytes)).not.toBe(await bytesDigest(changed));
    const crypto = globalThis.crypto;
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      expect(await bytesDigest(bytes)).toBeNull();
    } finally {
      Object.defineProperty(globalThis, "crypto", { value: crypto, configurable: true });
    }
  });
});
