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

const haystacks = new WeakMap<DatasetIndex, Map<string, string>>();

/** Everything a search looks in, per event: title, summary, place, actors, aliases, and the
 * quotes (with speakers) it cites. Built once per dataset. */
function haystackOf(index: DatasetIndex, event: TimelineEvent): string {
  let byId = haystacks.get(index);
  if (!byId) haystacks.set(index, (byId = new Map()));
  let text = byId.get(event.id);
  if (text === undefined) {
    const quotes = event.sources.flatMap(({ source, quotes: ids }) => {
      const all = index.sourceById.get(source)?.quotes ?? [];
      return all.filter((q) => ids.includes(q.id)).flatMap((q) => [q.text, q.speaker]);
    });
    text = normalize([event.title, event.summary, event.place ?? "", ...event.actors, ...event.aliases, ...quotes].join("\n"));
    byId.set(event.id, text);
  }
  return text;
}

export interface EventFilter {
  query: string;
  /** Category ids to show; null shows all. */
  categories: readonly string[] | null;
}

/** The events passing the filter, in date order. Every term of the query must appear. */
export function filterEvents(index: DatasetIndex, { query, categories }: EventFilter): TimelineEvent[] {
  const terms = queryTerms(query);
  const allowed = categories ? new Set(categories) : null;
  if (!terms.length && !allowed) return index.events;
  return index.events.filter(
    (event) => (!allowed || allowed.has(event.category)) && terms.every((term) => haystackOf(index, event).includes(term)),
  );
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
