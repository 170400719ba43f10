// Matching a search's words in text: case- and diacritic-insensitive.

/** Lower case, without diacritics: "Raïsi" and "raisi" compare equal. */
export function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a query, normalised; an empty query has none. */
export function queryTerms(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
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
