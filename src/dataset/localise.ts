// The dataset in the reader's language, resolved once: every text a reader sees replaced by its
// translation where the dataset has one, each text left in its original marked with that
// language, and each quote kept verbatim with its translation beside it.
import { asParagraphs, plainText, type Paragraphs } from "../lib/richText.ts";
import { buildIndex, type DatasetIndex } from "./datasetIndex.ts";
import type { Dataset, Quote } from "./schema";
import { LANGUAGES } from "../lib/i18n/i18n.ts";
import { languageFolder } from "../url/urlState.ts";
import { loadTextDigest, type TextDigest } from "../lib/textDigestLoader.ts";

/** The language the dataset's own texts are written in where it names none (`languages` absent). */
export const DEFAULT_CONTENT_LANG = "en";

type Translations = Record<string, Record<string, unknown> | undefined>;

/** How a translation's `basis` is taken of an original text (src/lib/textDigest.ts: SHA-256, code
 * of its own, which a page loads only for a dataset that carries one: digestReady). */
export type { TextDigest };

/** Whether any of the dataset's translations carries a `basis`: only then does `localise` need a
 * TextDigest to tell an outdated translation. */
export function carriesBasis(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(carriesBasis);
  if (value === null || typeof value !== "object") return false;
  const { translations } = value as { translations?: unknown };
  if (translations && typeof translations === "object") {
    for (const entry of Object.values(translations)) if (entry && typeof entry === "object" && "basis" in entry) return true;
  }
  return Object.values(value).some(carriesBasis);
}

/** Resolves once `index` can be localised in any language: the digest loaded (textDigestLoader.ts)
 * where its translations carry a basis. A large file's index comes before all its events: a
 * translated one loads it. */
export async function digestReady(index: DatasetIndex): Promise<void> {
  const { dataset } = index;
  if (dataset.languages.length > 1 && (index.check !== undefined || carriesBasis(dataset))) await loadTextDigest();
}

/** What `localise` adds to an item: the language its texts are shown in, and, per field left in
 * its original because no translation into the reader's language exists, that original's language. */
export interface ShownLanguage {
  shownIn?: string;
  untranslated?: Partial<Record<string, string>>;
  /** The dataset's original language: that of the item's texts no translation covers (an
   * outlet's or a speaker's name). */
  original?: string;
}

/** How a quote's translation is shown beside the verbatim original: by whom, and how. */
export interface QuoteTranslation {
  text: string;
  lang: string;
  translator: string | null;
  method: "human" | "machine" | null;
  reviewed: boolean;
}

/** The language a field of an item is shown in: its original's where it was left untranslated,
 * else the item's, else the dataset's default. Works on items `localise` never saw. */
export function langOf(item: object | null | undefined, field: string): string {
  const shown = item as ShownLanguage | null | undefined;
  return shown?.untranslated?.[field] ?? shown?.shownIn ?? DEFAULT_CONTENT_LANG;
}

/** The language of an item's texts that are never translated (an outlet, a speaker, a person's
 * name as written): the dataset's original, else the default for items `localise` never saw. */
export function originalLangOf(item: object | null | undefined): string {
  return (item as ShownLanguage | null | undefined)?.original ?? DEFAULT_CONTENT_LANG;
}

/** The original's language where a field is shown untranslated in a language the dataset is
 * translated into (so the reader is told), else null. */
export function untranslatedLang(item: object | null | undefined, field: string): string | null {
  return (item as ShownLanguage | null | undefined)?.untranslated?.[field] ?? null;
}

/** What a text component is told about a field: its language, and the original's where it is
 * shown untranslated (`<Highlight text={event.title} {...shownText(event, "title")} />`). */
export function shownText(item: object | null | undefined, field: string): { lang: string; untranslated: string | null } {
  return { lang: langOf(item, field), untranslated: untranslatedLang(item, field) };
}

/** The translation shown beneath a quote, where the reader's language has one. */
export function quoteTranslation(quote: Quote): QuoteTranslation | null {
  return (quote as Quote & { translation?: QuoteTranslation }).translation ?? null;
}

/** The language a quote's verbatim text is in: its own, else its source's, else the original's. */
export function quoteLanguage(quote: Quote, sourceLanguage: string | null, original: string): string {
  return quote.language ?? sourceLanguage ?? original;
}

/** The dataset's original language (its first), or the default where it names none. */
export const originalLanguage = (dataset: Pick<Dataset, "languages">): string => dataset.languages[0]?.code ?? DEFAULT_CONTENT_LANG;

/** The languages the site writes pages in: the original, and each translation the interface
 * speaks too (a page is read in one language, its buttons included). */
export function siteLanguages(dataset: Pick<Dataset, "languages">): { lang: string; folder: string }[] {
  const original = originalLanguage(dataset);
  const translations = dataset.languages
    .slice(1)
    .map((l) => l.code)
    .filter((code) => (LANGUAGES as readonly string[]).includes(code) && code !== original);
  return [{ lang: original, folder: "" }, ...translations.map((code) => ({ lang: code, folder: languageFolder(code) }))];
}

/** The language folder of the page to share with a reader of `lang`: a translation the site writes
 * pages for (`ar/event/<id>/`), or null for the original's pages. */
export function sharedPageLanguage(dataset: Pick<Dataset, "languages">, lang: string): string | null {
  return siteLanguages(dataset).find((language) => language.folder !== "" && language.lang === lang)?.lang ?? null;
}

/** The dataset's language that matches the reader's (`ar` matches `ar-SY` and back), if any. */
export function matchLanguage(dataset: Pick<Dataset, "languages">, lang: string): string | null {
  const wanted = lang.toLowerCase();
  const codes = dataset.languages.map((l) => l.code);
  return (
    codes.find((code) => code.toLowerCase() === wanted) ??
    codes.find((code) => code.toLowerCase().split("-")[0] === wanted.split("-")[0]) ??
    null
  );
}

/** The dataset as a reader of `lang` sees it. Pure: a new dataset, the given one untouched. Where
 * the reader's language is the original, or the dataset names no languages, the texts are as
 * written (each marked with the original language). A reader's language the dataset is not
 * translated into gets the originals, marked with their language but not as untranslated. */
export function localise(dataset: Dataset, lang: string, digest?: TextDigest): Dataset {
  const original = originalLanguage(dataset);
  const target = matchLanguage(dataset, lang);
  const translating = target !== null && target !== original;
  const byCode = new Map(dataset.languages.map((l) => [l.code, l]));
  const shownIn = translating ? target : original;
  // Nothing to change (`langOf` answers the default for items never localised): no copy of a large dataset.
  if (!translating && original === DEFAULT_CONTENT_LANG) return dataset;

  /** `item` with each of `fields` translated where it can be, and marked where it cannot. */
  function texts<T extends object>(
    item: T,
    fields: readonly (keyof T & string)[],
    extra?: (tr: Record<string, unknown>, out: T) => void,
  ): T {
    const out = { ...item, shownIn, original } as T & ShownLanguage;
    const tr = translating ? (((item as { translations?: Translations }).translations ?? {})[target] ?? {}) : {};
    const untranslated: Partial<Record<string, string>> = {};
    if (translating)
      for (const field of fields) {
        const value = item[field] as unknown;
        if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        const translated = tr[field];
        // A translation made from an earlier original (its `basis` no longer the original's digest)
        // is not shown as if it were current: the reader gets the original, marked.
        if (translated === undefined || outdated(tr, field, value, item, digest)) untranslated[field] = original;
        else (out as Record<string, unknown>)[field] = translated;
      }
    if (Object.keys(untranslated).length) out.untranslated = untranslated;
    extra?.(tr, out);
    return out;
  }

  const quote = (q: Quote, sourceLanguage: string | null): Quote => {
    const own = quoteLanguage(q, sourceLanguage, original);
    const out = { ...q, language: own, original } as Quote & ShownLanguage & { translation?: QuoteTranslation };
    const text = (q.translations as Translations | undefined)?.[target ?? ""]?.text;
    if (translating && typeof text === "string" && own.toLowerCase() !== target.toLowerCase()) {
      const language = byCode.get(target)!;
      out.translation = { text, lang: target, translator: language.translator, method: language.method, reviewed: language.reviewed };
    }
    return out;
  };

  return {
    ...texts(dataset, ["title", "description"]),
    categories: dataset.categories.map((c) => texts(c, ["label"])),
    periods: dataset.periods.map((p) => texts(p, ["label", "summary"])),
    sources: dataset.sources.map((s) => ({
      ...texts(s, ["title", "summary"]),
      quotes: s.quotes.map((q) => quote(q, s.language)),
    })),
    events: dataset.events.map((e) =>
      texts(e, ["title", "summary", "displayDate", "place", "actors"], (tr, out) => {
        // The summary is read twice: as plain text (search, titles) and as paragraphs (the detail).
        if (tr.summary !== undefined && !(out as ShownLanguage).untranslated?.summary) {
          out.paragraphs = asParagraphs(tr.summary as Paragraphs | string);
          out.summary = plainText(out.paragraphs);
        }
        if (out.media) out.media = texts(out.media, ["caption", "credit", "alt"]);
        out.updates = out.updates.map((u) => texts(u, ["note"]));
      }),
    ),
  };
}

/** Whether a field's translation was made from another original than today's: its `basis` (the
 * digest of the original it was translated from) differs from the original's digest. A summary is
 * held as plain text and as paragraphs, and its basis may be of either form as written. */
function outdated(tr: Record<string, unknown>, field: string, value: unknown, item: object, digest?: TextDigest): boolean {
  const basis = (tr.basis as Record<string, string> | undefined)?.[field];
  if (basis === undefined) return false;
  if (!digest) throw new Error(`localise: a translation of "${field}" carries a basis, and no TextDigest was given to check it.`);
  const forms = [value, field === "summary" ? (item as { paragraphs?: unknown }).paragraphs : undefined];
  return !forms.some((form) => (typeof form === "string" || Array.isArray(form)) && digest(form) === basis);
}

/** The index over the dataset as a reader of `lang` sees it: the same events in the same order
 * (so the index's search, built over every language, answers for it too). */
export function localiseIndex(index: DatasetIndex, lang: string, digest?: TextDigest): DatasetIndex {
  const dataset = localise({ ...index.dataset, events: index.events }, lang, digest);
  if (dataset.events === index.events) return index;
  return buildIndex(dataset, { sorted: true, search: index.search, notices: index.notices });
}
