import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "./readDatasetNow";

// The source articles live beside the repo (../shared/seeds, as in CI), not in it: in a clone with
// nothing beside it these tests are reported as skipped, by name. Nothing is read while collecting.
const seeds = new URL("../../../shared/seeds/", import.meta.url);
const present = existsSync(seeds);
const dataset = parseDataset(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"), "data/timeline.json");
const article = (file: string | null) => (file ? readFileSync(new URL(file, seeds), "utf8") : "");

describe.skipIf(!present)("the dataset against its source articles (../shared/seeds)", () => {
  for (const source of dataset.sources) {
    it(`${source.id}: every quote is verbatim in ${source.file}`, () => {
      const text = article(source.file);
      for (const quote of source.quotes) expect(text, quote.id).toContain(quote.text);
    });

    it(`${source.id}: title and publication date are the article's own`, () => {
      const text = article(source.file);
      if (source.title) expect(text).toContain(source.title);
      if (source.published) expect(text).toContain(source.published.text);
    });
  }
});
