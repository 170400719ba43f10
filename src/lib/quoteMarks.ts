// A quotation's marks are its own language's, not the interface's: a French quote on an English page
// reads « … », a German one „…“. Intl has no quotation API; these are CLDR's delimiters (for Arabic
// and Persian, the guillemets their newsrooms use).

/** Opening and closing marks by primary language subtag. */
const MARKS: Readonly<Record<string, readonly [string, string]>> = {
  en: ["“", "”"],
  fr: ["«\u00a0", "\u00a0»"],
  de: ["„", "“"],
  ar: ["«", "»"],
  fa: ["«", "»"],
  ur: ["«", "»"],
  es: ["«", "»"],
  it: ["«", "»"],
  ru: ["«", "»"],
  uk: ["«", "»"],
  pl: ["„", "”"],
  nl: ["‘", "’"],
  he: ["”", "”"],
  ja: ["「", "」"],
  zh: ["“", "”"],
};

/** The marks that open and close a quotation in `lang` (a language tag): its primary subtag's, else English's. */
export function quoteMarks(lang: string): readonly [string, string] {
  return MARKS[lang.split("-")[0]!.toLowerCase()] ?? MARKS.en!;
}
