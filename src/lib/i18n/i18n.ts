import type { Locale } from "date-fns";
import type { LoadedLanguage } from "./loadedLanguage.ts";
import { en, type MessageKey } from "./messages.en.ts";
import type { Message, PluralMessage } from "./message";

export const LANGUAGES = ["en", "ar", "fa"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, for the switcher: known before its messages are loaded
 * (a unit test holds them equal to the catalogues' `languageName`). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", ar: "العربية", fa: "فارسی" };

/** The languages loaded so far: English always; Arabic and Persian once a page has asked for them
 * (`loadLanguage`, a chunk each), or all at once where the build and tests import allLanguages.ts.
 * A cache of loaded modules, as the module loader's own: what is in it never changes. */
const loaded: Partial<Record<Language, LoadedLanguage>> = { en: { messages: en } };

/** Records a language's messages and locale (loadLanguage; allLanguages.ts). */
export function registerLanguage(lang: Language, language: LoadedLanguage): void {
  loaded[lang] = language;
}

const LOADERS: Record<Exclude<Language, "en">, () => Promise<{ language: LoadedLanguage }>> = {
  ar: () => import("./language.ar.ts"),
  fa: () => import("./language.fa.ts"),
};

/** Whether `lang`'s messages are here to translate with. */
export const isLoaded = (lang: Language): boolean => loaded[lang] !== undefined;

/** Loads `lang`'s messages and date locale, once; call before drawing in it. Until it has, its
 * translator falls back to English, key by key, as for a key its catalogue lacks. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang === "en" || loaded[lang]) return;
  registerLanguage(lang, (await LOADERS[lang]()).language);
}
const RIGHT_TO_LEFT = new Set<Language>(["ar", "fa"]);

const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

/** `?lang=` if it names a supported language, else the browser's first supported one, else English. */
export function resolveLanguage(param: string | null, browserLanguages: readonly string[]): Language {
  if (param && isLanguage(param)) return param;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0]!;
    if (isLanguage(base)) return base;
  }
  return "en";
}

export const directionOf = (lang: Language): "rtl" | "ltr" => (RIGHT_TO_LEFT.has(lang) ? "rtl" : "ltr");
export const dateLocaleOf = (lang: Language): Locale | undefined => loaded[lang]?.dateLocale;

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A translator for one language. A key missing from a catalogue falls back to English
 * (a unit test makes sure none is missing). Numbers are written in the language's digits. */
export function translator(lang: Language): Translate {
  const messages = (code: Language) => loaded[code]?.messages ?? en;
  return catalogueTranslator({ en, ar: messages("ar"), fa: messages("fa") }, lang);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The plural category of `count` in `lang`: "one", "few", "many"… */
export function pluralCategory(count: number, lang: Language): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/** A translator over any set of catalogues keyed by language (the studio has its own), English
 * standing in for a missing key. A counted message takes its form from the value `count`. */
export function catalogueTranslator<K extends string>(
  catalogues: Record<Language, Record<K, Message>>,
  lang: Language,
): (key: K, values?: Record<string, string | number>) => string {
  const messages = catalogues[lang];
  return (key, values) => {
    const message = messages[key] ?? catalogues.en[key];
    const template = typeof message === "string" ? message : pluralForm(message, values?.count, lang);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values?.[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? localizeDigits(String(value), lang) : value;
    });
  };
}

function pluralForm(message: PluralMessage, count: string | number | undefined, lang: Language): string {
  if (typeof count !== "number") return message.other;
  return message[pluralCategory(count, lang)] ?? message.other;
}

const digitFormats = new Map<Language, Intl.NumberFormat>();

/** Each language's digits, named rather than left to the platform: Persian's own; Arabic's Western
 * digits, as current CLDR gives `ar` and as moment's Arabic is set to write them on the axis
 * (visOptions.ts). Left to the platform, a browser with an older CLDR (where `ar` meant Arabic-Indic
 * digits) would write ١٢ in the boxes under an axis saying 12, and differ from the prerendered page. */
const DIGITS: Record<Exclude<Language, "en">, string> = { ar: "ar-u-nu-latn", fa: "fa-u-nu-arabext" };

/** "2024" → "۲۰۲۴" in Persian; unchanged in English and Arabic (see DIGITS). */
export function localizeDigits(text: string, lang: Language): string {
  if (lang === "en") return text;
  let format = digitFormats.get(lang);
  if (!format) digitFormats.set(lang, (format = new Intl.NumberFormat(DIGITS[lang], { useGrouping: false })));
  return text.replace(/\d/g, (d) => format!.format(Number(d)));
}

/** The interface language, its direction, and its translator. */
export interface I18n {
  lang: Language;
  dir: "ltr" | "rtl";
  t: Translate;
}

export function makeI18n(lang: Language): I18n {
  return { lang, dir: directionOf(lang), t: translator(lang) };
}

/** The language the dataset's own text is written in: marked on it so screen readers switch voice. */
export const DATA_LANG = "en";
