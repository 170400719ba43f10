/** Whether a quote appears verbatim in an article's text, and if not, the article's passage that
 * comes closest. "Verbatim" as a reader judges it: curly and straight quotation marks, the dashes
 * and the runs of white space are treated alike; letters, words and their order are not. */

/** A word of the closest passage, with the white space after it, and whether it differs from the quote. */
export interface PassageWord {
  text: string;
  differs: boolean;
}

/** Found: with the article's own characters for the passage (its dashes, quotation marks and spaces),
 * which a quote marked "checked word for word" is published as. */
export type QuoteVerdict =
  { found: true; asInArticle: string } | { found: false; closest: string | null; similarity: number; words?: PassageWord[] };

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

/** Whether the quote is in the article word for word (checkQuote's verdict without the closest passage). */
export function quoteFound(quote: string, article: string): boolean {
  const wanted = normalizeForQuote(quote);
  return wanted !== "" && normalizeForQuote(article).includes(wanted);
}

export function checkQuote(quote: string, article: string): QuoteVerdict {
  const wanted = normalizeForQuote(quote);
  if (wanted === "") return { found: false, closest: null, similarity: 0 };
  const asInArticle = articlePassage(wanted, article);
  if (asInArticle !== null) return { found: true, asInArticle };
  return { found: false, ...closestPassage(wanted, article) };
}

const ONE_FOR_ONE: [RegExp, string][] = [
  [new RegExp(QUOTES_SINGLE.source), "'"],
  [new RegExp(QUOTES_DOUBLE.source), '"'],
  [new RegExp(DASHES.source), "-"],
];
const oneForOne = (char: string) => ONE_FOR_ONE.find(([re]) => re.test(char))?.[1] ?? char;

/** The article's own text for the passage a normalised quote matches (null: not in the article):
 * the article normalised character by character, each kept character's place in it remembered. */
function articlePassage(wanted: string, article: string): string | null {
  if (!normalizeForQuote(article).includes(wanted)) return null;
  const text = article.normalize("NFC");
  const normal: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const space = /\s/.test(char);
    if (space && inSpace) {
      to[to.length - 1] = i + 1;
      continue;
    }
    inSpace = space;
    const piece = space ? " " : char === "\u2026" ? "..." : oneForOne(char);
    for (const c of piece) {
      normal.push(c);
      from.push(i);
      to.push(i + 1);
    }
  }
  const at = normal.join("").indexOf(wanted);
  return at < 0 ? null : text.slice(from[at], to[at + wanted.length - 1]);
}

/** Words a passage may reach past the window on each side, to take in the words that differ. */
const REACH = 4;
/** Past this many words, a quote is not aligned word by word (the table grows with its square). */
const MAX_ALIGNED = 400;

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
  return alignPassage(quoteWords, words, article, best.at, size, best.shared / n);
}

type ArticleWord = { key: string; start: number; end: number };

/** The passage around the best window, aligned word by word with the quote (their longest common
 * run of words): it runs from the quote's first word to its last, reaching as far past the words
 * they share as the quote has words they do not, so a word that differs is in it, and marked. */
function alignPassage(quoteWords: string[], words: ArticleWord[], article: string, at: number, size: number, similarity: number) {
  const from = Math.max(0, at - REACH);
  const region = words.slice(from, Math.min(words.length, at + size + REACH));
  // A quote too long to align word by word keeps the window as it is.
  const matched =
    quoteWords.length <= MAX_ALIGNED
      ? commonWords(
          quoteWords,
          region.map((w) => w.key),
        )
      : [];
  if (matched.length === 0) {
    const passage = words.slice(at, at + size);
    return { closest: article.slice(passage[0]!.start, passage.at(-1)!.end), similarity, words: undefined };
  }
  const [firstQ, firstR] = matched[0]!;
  const [lastQ, lastR] = matched.at(-1)!;
  const start = Math.max(0, firstR - firstQ);
  const end = Math.min(region.length - 1, lastR + (quoteWords.length - 1 - lastQ));
  const kept = new Set(matched.map(([, r]) => r));
  const passage = region.slice(start, end + 1).map((word, i) => ({
    text: article.slice(word.start, region[start + i + 1] && start + i < end ? region[start + i + 1]!.start : word.end),
    differs: !kept.has(start + i),
  }));
  return { closest: passage.map((w) => w.text).join(""), similarity, words: passage };
}

/** A longest common subsequence of two word lists, as index pairs in order. */
function commonWords(a: string[], b: string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    // A match is taken as late as the longest run allows: a word of the quote that also stands
    // earlier in the article ("the") is not matched to a stray copy before the passage.
    if (a[i] === b[j] && table[i]![j + 1]! < table[i]![j]!) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}
