// The language a text's script says it is in, for texts that name none (a TimelineJS file has no
// language field): enough for a screen reader to choose a voice that can read it.

/** Scripts written (almost) only in one language, or whose main language is the one a reader's
 * voice for it reads best: the primary language subtag a screen reader picks a voice by. A script
 * shared by many languages (Latin) says nothing and is left out. */
const SCRIPTS: readonly { script: RegExp; lang: string }[] = [
  { script: /\p{Script=Hebrew}/u, lang: "he" },
  { script: /\p{Script=Arabic}/u, lang: "ar" },
  { script: /\p{Script=Cyrillic}/u, lang: "ru" },
  { script: /\p{Script=Greek}/u, lang: "el" },
  { script: /\p{Script=Han}/u, lang: "zh" },
  { script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, lang: "ja" },
  { script: /\p{Script=Hangul}/u, lang: "ko" },
  { script: /\p{Script=Thai}/u, lang: "th" },
  { script: /\p{Script=Armenian}/u, lang: "hy" },
  { script: /\p{Script=Georgian}/u, lang: "ka" },
  { script: /\p{Script=Devanagari}/u, lang: "hi" },
  { script: /\p{Script=Bengali}/u, lang: "bn" },
  { script: /\p{Script=Tamil}/u, lang: "ta" },
  { script: /\p{Script=Latin}/u, lang: "" },
];

/** Letters only Persian (and Urdu) write among the Arabic script's: پ چ ژ گ, and the Persian forms
 * of yeh and kaf (ی ک). */
const PERSIAN = /[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/u;
/** Letters only Urdu writes: ٹ ڈ ڑ ں ے, and its heh forms ہ ھ. */
const URDU = /[\u0679\u0688\u0691\u06BA\u06D2\u06C1\u06BE]/u;
/** Letters only Ukrainian writes among the Cyrillic: і ї є ґ. */
const UKRAINIAN = /[\u0456\u0457\u0454\u0491\u0406\u0407\u0404\u0490]/u;

/** One in how many of a script's letters must be a language's own for the text to be in it. */
const OWN_LETTERS_SHARE = 25;

/** The language the letters of `texts` say they are written in, by the script most of them are in:
 * Hebrew "he", Arabic "ar" (or "fa" where Persian's own letters are used, "ur" Urdu's), Cyrillic
 * "ru" (or "uk"), Han "zh", Han with kana "ja", Hangul "ko", and so on. Null where the script says
 * nothing (Latin, shared by many languages), where there are no letters, or where no script holds
 * most of them. */
export function languageOfScript(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  let persian = 0;
  let urdu = 0;
  let ukrainian = 0;
  for (const text of texts)
    for (const char of text) {
      if (!/\p{L}/u.test(char)) continue;
      letters++;
      const found = SCRIPTS.find(({ script }) => script.test(char));
      if (!found) continue;
      counts.set(found.lang, (counts.get(found.lang) ?? 0) + 1);
      if (PERSIAN.test(char)) persian++;
      if (URDU.test(char)) urdu++;
      if (UKRAINIAN.test(char)) ukrainian++;
    }
  // Japanese writes Han and kana together: kana anywhere among the Han makes it Japanese.
  const kana = counts.get("ja") ?? 0;
  if (kana) {
    counts.set("ja", kana + (counts.get("zh") ?? 0));
    counts.delete("zh");
  }
  const [lang, count] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ["", 0]);
  if (!lang || count * 2 <= letters) return null;
  // A language's own letters are frequent in its texts (Persian's ی alone is about one letter in fifteen):
  // one borrowed name in them does not make an Arabic text Persian.
  const own = (n: number) => n * OWN_LETTERS_SHARE >= count;
  if (lang === "ar") return own(urdu) ? "ur" : own(persian) ? "fa" : "ar";
  if (lang === "ru") return own(ukrainian) ? "uk" : "ru";
  return lang;
}
