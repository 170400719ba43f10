import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse";

// The source articles live beside the repo (../shared/seeds), not in it.
const seeds = new URL("../../../../shared/seeds/", import.meta.url);
const dataset = parseDataset(readFileSync(new URL("../../../data/timeline.json", import.meta.url), "utf8"), "data/timeline.json");

describe.skipIf(!existsSync(seeds))("the dataset against its source articles", () => {
  for (const source of dataset.sources) {
    const article = source.file ? readFileSync(new URL(source.file, seeds), "utf8") : "";

    it(`${source.id}: every quote is verbatim in ${source.file}`, () => {
      for (const quote of source.quotes) expect(article, quote.id).toContain(quote.text);
    });

    it(`${source.id}: title and publication date are the article's own`, () => {
      if (source.title) expect(article).toContain(source.title);
      if (source.published) expect(article).toContain(source.published.text);
    });
  }
});
