/** Whether a quote appears verbatim in an article's text, and if not, the article's passage that
 * comes closest. "Verbatim" as a reader judges it: curly and straight quotation marks, the dashes
 * and the runs of white space are treated alike; letters, words and their order are not. */

export type QuoteVerdict = { found: true } | { found: false; closest: string | null; similarity: number };

const QUOTES_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const QUOTES_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACE = /\s+/g;

/** The text with the differences that do not count taken out. */
export function normalizeForQuote(text: string): string {
  return text
    .normalize("NFC")
    .replace(QUOTES_SINGLE, "'")
    .replace(QUOTES_DOUBLE, '"')
    .replace(DASHES, "-")
    .replace(/\u2026/g, "...")
    .replace(SPACE, " ")
    .trim();
}

/** A word as compared for closeness: case and punctuation aside. */
const wordKey = (word: string) =>
  normalizeForQuote(word)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

export function checkQuote(quote: string, article: string): QuoteVerdict {
  const wanted = normalizeForQuote(quote);
  if (wanted === "") return { found: false, closest: null, similarity: 0 };
  if (normalizeForQuote(article).includes(wanted)) return { found: true };
  return { found: false, ...closestPassage(wanted, article) };
}

/** The run of the article's words, as long as the quote, sharing the most words with it (counted
 * with repeats): one pass, the counts kept as the window slides, so a long article costs little. */
function closestPassage(quote: string, article: string): { closest: string | null; similarity: number } {
  const quoteWords = quote.split(" ").map(wordKey).filter(Boolean);
  const words = [...article.matchAll(/\S+/g)].map((m) => ({ key: wordKey(m[0]), start: m.index, end: m.index + m[0].length }));
  const n = quoteWords.length;
  if (n === 0 || words.length === 0) return { closest: null, similarity: 0 };
  const need = new Map<string, number>();
  for (const word of quoteWords) need.set(word, (need.get(word) ?? 0) + 1);
  const have = new Map<string, number>();
  let shared = 0;
  const add = (key: string, by: 1 | -1) => {
    const before = have.get(key) ?? 0;
    const wanted = need.get(key) ?? 0;
    have.set(key, before + by);
    if (by === 1 && before < wanted) shared++;
    if (by === -1 && before <= wanted) shared--;
  };
  const size = Math.min(n, words.length);
  let best = { shared: -1, at: 0 };
  for (let i = 0; i < words.length; i++) {
    add(words[i]!.key, 1);
    if (i >= size) add(words[i - size]!.key, -1);
    if (i >= size - 1 && shared > best.shared) best = { shared, at: i - size + 1 };
  }
  const first = words[best.at]!;
  const last = words[best.at + size - 1]!;
  return { closest: article.slice(first.start, last.end), similarity: best.shared / n };
}
