import type { DatasetIndex } from "../dataset/datasetIndex";
import type { TimelineEvent } from "../dataset/schema";

/** Lower case, without diacritics: "Raïsi" and "raisi" compare equal. */
export function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a query, normalised; an empty query has none. */
export function queryTerms(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

/** What a search looks in, one entry per event in the index's date order: the normalised text
 * (title, summary, place, actors, aliases, and the quotes it cites with their speakers) and the
 * category. Plain strings, so it can be built where the dataset is parsed (the dataset worker). */
export interface SearchIndex {
  texts: string[];
  categories: string[];
}

export function buildSearchIndex(index: Pick<DatasetIndex, "events" | "sourceById">): SearchIndex {
  return {
    texts: index.events.map((event) => {
      const quotes = event.sources.flatMap(({ source, quotes: ids }) => {
        const all = index.sourceById.get(source)?.quotes ?? [];
        return all.filter((q) => ids.includes(q.id)).flatMap((q) => [q.text, q.speaker]);
      });
      return normalize([event.title, event.summary, event.place ?? "", ...event.actors, ...event.aliases, ...quotes].join("\n"));
    }),
    categories: index.events.map((event) => event.category),
  };
}

export interface EventFilter {
  query: string;
  /** Category ids to show; null shows all. */
  categories: readonly string[] | null;
}

/** What a filter finds: the positions (in date order) of the events passing it, and the events
 * per category under its query alone (the category filter's counts). */
export interface SearchResult {
  positions: Int32Array;
  counts: Map<string, number>;
}

/** Every term of the query must appear; the event's category must be one of those allowed. */
export function search({ texts, categories: categoryOf }: SearchIndex, { query, categories }: EventFilter): SearchResult {
  const terms = queryTerms(query);
  const allowed = categories ? new Set(categories) : null;
  const positions = new Int32Array(texts.length);
  const counts = new Map<string, number>();
  let found = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (!terms.every((term) => text.includes(term))) continue;
    const category = categoryOf[i]!;
    counts.set(category, (counts.get(category) ?? 0) + 1);
    if (!allowed || allowed.has(category)) positions[found++] = i;
  }
  return { positions: positions.slice(0, found), counts };
}

const searchIndexes = new WeakMap<DatasetIndex, SearchIndex>();

/** The index's search index, built on first use. */
export function searchIndexOf(index: DatasetIndex): SearchIndex {
  let built = searchIndexes.get(index);
  if (!built) searchIndexes.set(index, (built = buildSearchIndex(index)));
  return built;
}

/** The events passing the filter, in date order (the index's own array when nothing is filtered). */
export function filterEvents(index: DatasetIndex, filter: EventFilter): TimelineEvent[] {
  if (!queryTerms(filter.query).length && !filter.categories) return index.events;
  return eventsAt(index, search(searchIndexOf(index), filter).positions);
}

export function eventsAt(index: DatasetIndex, positions: Int32Array): TimelineEvent[] {
  return Array.from(positions, (i) => index.events[i]!);
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits `text` into the parts that match a term (diacritic- and case-insensitively) and
 * the parts between, so a component can mark the matches. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (!terms.length || !text) return [{ text, match: false }];
  // Normalise character by character, remembering where each normalised char came from.
  let normalized = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const folded = normalize(char);
    for (let k = 0; k < folded.length; k++) origin.push(i);
    normalized += folded;
    i += char.length;
  }
  origin.push(text.length);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + 1)) {
      const end = origin[at + term.length] ?? text.length;
      for (let i = origin[at]!; i < end; i++) marked[i] = true;
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += text[i];
    else parts.push({ text: text[i]!, match: marked[i]! });
  }
  return parts;
}
