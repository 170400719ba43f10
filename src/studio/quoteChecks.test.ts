import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkDataset } from "../dataset/parse";
import { blankDataset } from "./draftEdits";
import type { DraftDataset } from "./draftStore";
import { misquotes, sha256, withQuoteChecks } from "./quoteChecks";

const ARTICLE = "The minister said: “Our alliance is strategic and will not be shaken by pressure.”";
const draft = (article: string | undefined, cited: string[]): DraftDataset => ({
  ...blankDataset(),
  title: "Talks",
  sources: [
    {
      id: "s",
      outlet: "Al-Example",
      title: null,
      published: null,
      summary: "The statement.",
      article,
      quotes: [
        { id: "q1", speaker: "The minister", text: "Our alliance is strategic" },
        { id: "q2", speaker: "The minister", text: "Our alliance is eternal" },
      ],
    },
  ],
  events: [
    {
      id: "e",
      date: "2024-03-03",
      title: "Talks",
      summary: "They talked.",
      category: "general",
      sources: [{ source: "s", quotes: cited }],
    },
  ],
});

describe("quote checks", () => {
  it("a cited quote not in its article is a misquote; one not cited, or without an article, is not", () => {
    expect(misquotes(draft(ARTICLE, ["q1", "q2"]))).toEqual([
      { path: "sources[0].quotes[1].text", speaker: "The minister", text: "Our alliance is eternal" },
    ]);
    expect(misquotes(draft(ARTICLE, ["q1"]))).toEqual([]);
    expect(misquotes(draft(undefined, ["q2"]))).toEqual([]);
  });

  it("the export records which quotes were checked, on which day, against which text; the format takes it", async () => {
    const checked = await withQuoteChecks(draft(ARTICLE, ["q1"]), "2026-12-06", sha256);
    const [q1, q2] = checked.sources[0]!.quotes!;
    const digest = `sha256-${createHash("sha256").update(ARTICLE).digest("base64")}`;
    expect(q1!.checked).toEqual({ on: "2026-12-06", article: digest });
    expect(q2!.checked).toBeNull();
    expect(checkDataset(checked).problems).toEqual([]);
    // Without the article, what the file said is kept.
    const withoutArticle = { ...checked, sources: checked.sources.map((source) => ({ ...source, article: "" })) };
    const kept = await withQuoteChecks(withoutArticle, "2027-01-01", sha256);
    expect(kept.sources[0]!.quotes![0]!.checked).toEqual({ on: "2026-12-06", article: digest });
  });

  it("a quote found with other punctuation is exported checked in the article's own characters", async () => {
    const article = "She said: \u201cThe talks \u2014 long as they were \u2014 went  well\u2026\u201d Then she left.";
    const typed = draft(article, ["q1"]);
    typed.sources[0]!.quotes![0]!.text = "The talks - long as they were - went well...";
    expect(misquotes(typed)).toEqual([]);
    const checked = await withQuoteChecks(typed, "2026-12-07", sha256);
    expect(checked.sources[0]!.quotes![0]).toMatchObject({
      text: "The talks \u2014 long as they were \u2014 went  well\u2026",
      checked: { on: "2026-12-07" },
    });
    expect(article).toContain(checked.sources[0]!.quotes![0]!.text);
  });
});
