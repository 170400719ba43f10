import { asParagraphs, plainText } from "../lib/richText.ts";
import { normalize, queryTerms } from "../lib/textMatch.ts";
import type { Source, TimelineEvent } from "./schema";

/** What a search looks in, one entry per event in the index's date order: the normalised text
 * (title, summary, place, actors, aliases, and the quotes it cites with their speakers) and the
 * category. Plain strings, so it can be built where the dataset is parsed (the dataset worker). */
export interface SearchIndex {
  texts: string[];
  categories: string[];
}

/** Every translation of an event's searchable texts, in every language the dataset holds. */
function translatedTexts(event: TimelineEvent): string[] {
  const out: string[] = [];
  for (const tr of Object.values(event.translations ?? {})) {
    if (tr.title) out.push(tr.title);
    if (tr.summary) out.push(plainText(asParagraphs(tr.summary)));
    if (tr.place) out.push(tr.place);
    if (tr.displayDate) out.push(tr.displayDate);
    if (tr.actors) out.push(...tr.actors);
  }
  return out;
}

/** `events` in date order. Each event is found by its texts in any of the dataset's languages,
 * whichever the reader reads it in. */
export function buildSearchIndex(events: readonly TimelineEvent[], sourceById: ReadonlyMap<string, Source>): SearchIndex {
  return {
    texts: events.map((event) => {
      const quotes = event.sources.flatMap(({ source, quotes: ids }) => {
        const all = sourceById.get(source)?.quotes ?? [];
        return all
          .filter((q) => ids.includes(q.id))
          .flatMap((q) => [q.text, q.speaker, ...Object.values(q.translations ?? {}).map((tr) => tr.text ?? "")]);
      });
      const texts = [
        event.title,
        event.summary,
        event.place ?? "",
        ...event.actors,
        ...event.aliases,
        ...translatedTexts(event),
        ...quotes,
      ];
      return normalize(texts.join("\n"));
    }),
    categories: events.map((event) => event.category),
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
