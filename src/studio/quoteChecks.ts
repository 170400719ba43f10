import type { DraftDataset } from "./draftStore";
import { checkQuote } from "./quoteMatch";

/** A quote an event or period cites that is not found in the article pasted into its source. */
export interface Misquote {
  /** The quote's text field (`sources[1].quotes[0].text`). */
  path: string;
  speaker: string;
  text: string;
}

type Citing = { sources?: readonly { source: string; quotes?: readonly string[] }[] };

/** The quotes cited anywhere, as `source id` + "\n" + `quote id`. */
function citedQuotes(dataset: DraftDataset): Set<string> {
  const cited = new Set<string>();
  for (const item of [...dataset.events, ...(dataset.periods ?? [])] as Citing[])
    for (const citation of item.sources ?? []) for (const quote of citation.quotes ?? []) cited.add(`${citation.source}\n${quote}`);
  return cited;
}

/** Every cited quote that its pasted article does not hold word for word: a reader would be shown
 * words in quotation marks that the source did not print. (Without an article nothing is checked.) */
export function misquotes(dataset: DraftDataset): Misquote[] {
  const cited = citedQuotes(dataset);
  return dataset.sources.flatMap((source, s) =>
    !source.article?.trim()
      ? []
      : (source.quotes ?? []).flatMap((quote, q) =>
          cited.has(`${source.id}\n${quote.id}`) && quote.text.trim() && !checkQuote(quote.text, source.article!).found
            ? [{ path: `sources[${s}].quotes[${q}].text`, speaker: quote.speaker, text: quote.text }]
            : [],
        ),
  );
}

/** The draft with each quote's check recorded, for export: a quote found in its pasted article is
 * marked checked on `day` against the article's digest, and given the article's own characters
 * (its dashes, quotation marks, spaces) where the reporter typed others; one not found loses any earlier mark; a
 * source without an article keeps what its file said. */
export async function withQuoteChecks(
  dataset: DraftDataset,
  day: string,
  digest: (text: string) => Promise<string | null>,
): Promise<DraftDataset> {
  const sources = await Promise.all(
    dataset.sources.map(async (source) => {
      const article = source.article?.trim() ? source.article : null;
      if (!article) return source;
      const articleDigest = await digest(article);
      const quotes = (source.quotes ?? []).map((quote) => {
        const verdict = quote.text.trim() ? checkQuote(quote.text, article) : null;
        // "Checked word for word" is true of the article's characters, not of a hyphen typed for its dash.
        return verdict?.found
          ? { ...quote, text: verdict.asInArticle, checked: { on: day, article: articleDigest } }
          : { ...quote, checked: null };
      });
      return { ...source, quotes };
    }),
  );
  return { ...dataset, sources };
}

/** A SHA-256 digest of the text (`sha256-<base64>`, as subresource integrity writes one), or null
 * where the browser offers no digest (a page not served securely). */
export async function sha256(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const bytes = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return `sha256-${btoa(String.fromCharCode(...bytes))}`;
}
