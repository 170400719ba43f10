import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetPreloadTag } from "./datasetPreload";

describe("the dataset preload", () => {
  it("asks early for the file the app fetches, as a CORS fetch the app's request can reuse", () => {
    const { rel, href, as, crossorigin } = datasetPreloadTag.attrs as Record<string, string>;
    expect({ rel, as, crossorigin }).toEqual({ rel: "preload", as: "fetch", crossorigin: "anonymous" });
    expect(existsSync(href!)).toBe(true);
    expect(datasetPreloadTag.injectTo).toBe("head");
  });
});
