// Matching a search's words in text: case- and diacritic-insensitive, in Latin, Arabic and Persian script.

/** The letters written more than one way in Arabic and Persian text, each mapped to one spelling.
 * (The hamza forms of alef, أ إ آ, are alef once their marks go: NFD parts them.) */
const ARABIC_VARIANTS: Record<string, string> = {
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u0629": "\u0647", // ة taa marbuta → ه
  "\u06D5": "\u0647", // ە ae (ۀ without its hamza) → ه
  "\u0649": "\u064A", // ى alef maqsura → ي
  "\u06CC": "\u064A", // ی Persian yeh → ي
  "\u06A9": "\u0643", // ک Persian kaf → ك
  "\u0640": "", // ـ tatweel, the stretch
  "\u200C": "", // the zero-width non-joiner Persian writes within words, often left out
};
for (let d = 0; d < 10; d++) {
  // Arabic-Indic and Persian digits: a year typed either way finds the other.
  ARABIC_VARIANTS[String.fromCharCode(0x0660 + d)] = String(d);
  ARABIC_VARIANTS[String.fromCharCode(0x06f0 + d)] = String(d);
}
const VARIANT = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join("")}]`, "gu");

/** Lower case, without diacritics (Latin accents, Arabic harakat and the superscript alef), with
 * Arabic and Persian letters of more than one spelling made one: "Raïsi" and "raisi" compare
 * equal, as do "الأسد" and "الاسد", and Persian "ایران" and Arabic "ايران". */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(VARIANT, (char) => ARABIC_VARIANTS[char]!);
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
