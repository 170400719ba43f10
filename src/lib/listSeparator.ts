/** How a list of names is written out: between items, the comma of the language the list is in.
 * Arabic and the languages written in its script put the Arabic comma ("،") where English puts
 * ",". Only these two are used, so that a list written out reads back the same when split on them. */

/** Languages (primary subtags) written with the Arabic comma: Arabic, Persian and Dari, Urdu, Pashto,
 * Sorani Kurdish, Sindhi, Uyghur, Kashmiri. */
const ARABIC_COMMA_LANGUAGES = new Set(["ar", "fa", "prs", "ur", "ps", "ckb", "sd", "ug", "ks"]);

const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

export type ListSeparator = ", " | "، ";

/** Whether a language tag (`ar`, `fa-IR`) names a language written with the Arabic comma. */
export const writesArabicComma = (lang: string | null | undefined): boolean =>
  !!lang && !/-latn\b/i.test(lang) && ARABIC_COMMA_LANGUAGES.has(lang.toLowerCase().split(/[-_]/)[0]!);

/** Whether most of the letters of the texts are in the Arabic script. */
function inArabicScript(values: readonly string[]): boolean {
  const letters = values.join("").match(LETTER) ?? [];
  return letters.length > 0 && letters.filter((letter) => ARABIC_LETTER.test(letter)).length * 2 > letters.length;
}

/** The separator a list is written with: the Arabic comma for a list in a language that writes it,
 * or written in the Arabic script whatever language it is said to be in (a draft naming none, a
 * name left in its own script); else the Latin comma. */
export const listSeparator = (lang: string | null | undefined, values: readonly string[]): ListSeparator =>
  writesArabicComma(lang) || inArabicScript(values) ? "، " : ", ";

/** A list written out with its language's separator. */
export const joinList = (values: readonly string[], lang: string | null | undefined): string => values.join(listSeparator(lang, values));
