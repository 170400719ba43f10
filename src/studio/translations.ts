import { LANGUAGE_TAG } from "../dataset/schema";
import { getAt, setAt } from "./draftEdits";
import type { DraftDataset } from "./draftStore";
import { textDigest } from "../lib/textDigest";

/** The draft's translations: which texts of which items may be translated, whether each is
 * translated and still matches its original, and the pure edits that write them. Pure. */

type Path = readonly (string | number)[];

/** How a field's text is held: plain text, text with links (a string or paragraphs), or a list. */
export type FieldKind = "text" | "rich" | "list";
export type ItemKind = "timeline" | "category" | "period" | "event" | "media" | "update" | "source" | "quote";

/** The texts a reader sees, per item, as the format lets them be translated (docs/format.md). */
export const TRANSLATABLE: Readonly<Record<ItemKind, readonly { field: string; kind: FieldKind }[]>> = {
  timeline: [
    { field: "title", kind: "text" },
    { field: "description", kind: "text" },
  ],
  category: [{ field: "label", kind: "text" }],
  period: [
    { field: "label", kind: "text" },
    { field: "summary", kind: "text" },
  ],
  event: [
    { field: "title", kind: "text" },
    { field: "summary", kind: "rich" },
    { field: "displayDate", kind: "text" },
    { field: "place", kind: "text" },
    { field: "actors", kind: "list" },
  ],
  media: [
    { field: "caption", kind: "rich" },
    { field: "credit", kind: "rich" },
    { field: "alt", kind: "text" },
  ],
  update: [{ field: "note", kind: "text" }],
  source: [
    { field: "title", kind: "text" },
    { field: "summary", kind: "text" },
  ],
  quote: [{ field: "text", kind: "text" }],
};

type Value = string | readonly unknown[];
type Entry = Record<string, unknown> & { basis?: Record<string, string> };
/** An item as far as its translations go. */
export type Translatable = Record<string, unknown> & { translations?: Record<string, Entry> };

/** Nothing to translate, or nothing translated: absent, null, blank text, an empty list. */
export const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" ? value.trim() === "" : Array.isArray(value) && value.length === 0);

/**
 * Where a translated field stands against its original:
 * - `none`: the original is empty, there is nothing to translate;
 * - `missing`: not translated into the language;
 * - `stale`: out of date, the original changed after it was translated (its basis is another text's);
 * - `unchecked`: translated, with no record of the original it was made from (a file written by hand);
 * - `current`: translated from the original as it is now.
 */
export type FieldState = "none" | "missing" | "stale" | "unchecked" | "current";

export function fieldState(item: Translatable, field: string, lang: string): FieldState {
  const original = item[field];
  if (isEmpty(original)) return "none";
  const entry = item.translations?.[lang];
  if (isEmpty(entry?.[field])) return "missing";
  const basis = entry?.basis?.[field];
  if (typeof basis !== "string") return "unchecked";
  return basis === textDigest(original as Value) ? "current" : "stale";
}

/** The translation of a field into a language, with its basis the digest of the original as it is
 * now (a translation typed key by key is made from the original on screen). Emptied, it is removed,
 * and with it any entry or `translations` left empty: the file carries no empty shells. */
export function setTranslation(dataset: DraftDataset, path: Path, lang: string, field: string, value: unknown): DraftDataset {
  const item = (getAt(dataset, path) ?? {}) as Translatable;
  const original = item[field];
  return writeEntry(dataset, path, lang, (entry, basis) => {
    // Emptied (a space typed is kept: it is text, and the checks say a blank translation is one).
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
      delete entry[field];
      delete basis[field];
      return;
    }
    entry[field] = value;
    if (isEmpty(original)) delete basis[field];
    else basis[field] = textDigest(original as Value);
  });
}

/** A translation still right for the original as it is now: its basis moved to the original's
 * digest, the translation itself untouched. */
export function confirmTranslation(dataset: DraftDataset, path: Path, lang: string, field: string): DraftDataset {
  const item = getAt(dataset, path) as Translatable | undefined;
  const original = item?.[field];
  if (!item || isEmpty(original) || isEmpty(item.translations?.[lang]?.[field])) return dataset;
  return writeEntry(dataset, path, lang, (_, basis) => void (basis[field] = textDigest(original as Value)));
}

function writeEntry(
  dataset: DraftDataset,
  path: Path,
  lang: string,
  change: (entry: Entry, basis: Record<string, string>) => void,
): DraftDataset {
  const item = (getAt(dataset, path) ?? {}) as Translatable;
  const translations = { ...item.translations };
  const entry: Entry = { ...translations[lang] };
  const basis = { ...entry.basis };
  change(entry, basis);
  if (Object.keys(basis).length) entry.basis = basis;
  else delete entry.basis;
  // A basis alone translates nothing.
  if (Object.keys(entry).some((key) => key !== "basis")) translations[lang] = entry;
  else delete translations[lang];
  if (Object.keys(translations).length) return setAt(dataset, [...path, "translations"], translations);
  if (item.translations === undefined) return dataset;
  const without = { ...item };
  delete without.translations;
  return setAt(dataset, path, without);
}

/** One item that holds translatable texts, where it is in the draft. */
export interface TranslatableItem {
  path: Path;
  kind: ItemKind;
  item: Translatable;
}

/** Every item whose texts may be translated into `lang`: a quote is left out where `lang` is its
 * own language (its text is the verbatim original there). */
export function translatableItems(dataset: DraftDataset, lang: string): TranslatableItem[] {
  const out: TranslatableItem[] = [];
  eachTranslatable(dataset, lang, (item, kind, path) => out.push({ path: path(), kind, item }));
  return out;
}

/** Each item whose texts may be translated into `lang`, its path made only when asked for (a long
 * draft's summary walks tens of thousands of items at each check). */
function eachTranslatable(dataset: DraftDataset, lang: string, visit: (item: Translatable, kind: ItemKind, path: () => Path) => void) {
  const original = dataset.languages?.[0]?.code ?? null;
  const add = (item: unknown, kind: ItemKind, path: () => Path) => {
    if (typeof item === "object" && item !== null) visit(item as Translatable, kind, path);
  };
  add(dataset, "timeline", () => []);
  dataset.categories.forEach((category, i) => add(category, "category", () => ["categories", i]));
  dataset.sources.forEach((source, i) => {
    add(source, "source", () => ["sources", i]);
    (source.quotes ?? []).forEach((quote, j) => {
      if (!sameLanguage(quoteLanguage(quote, source, original), lang)) add(quote, "quote", () => ["sources", i, "quotes", j]);
    });
  });
  dataset.events.forEach((event, i) => {
    add(event, "event", () => ["events", i]);
    if (event.media) add(event.media, "media", () => ["events", i, "media"]);
    (event.updates ?? []).forEach((update, j) => add(update, "update", () => ["events", i, "updates", j]));
  });
  (dataset.periods ?? []).forEach((period, i) => add(period, "period", () => ["periods", i]));
}

/** A quote's own language: its `language`, else its source's, else the dataset's original. */
export const quoteLanguage = (
  quote: { language?: string | null },
  source: { language?: string | null },
  original: string | null,
): string | null => quote.language || source.language || original;

export const sameLanguage = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase();

export type StateCounts = Record<FieldState, number>;
const NO_COUNTS: StateCounts = { none: 0, missing: 0, stale: 0, unchecked: 0, current: 0 };

/** Each item's counts per language, kept while the item is the same object: an edit copies only
 * what it changed, so a long draft's summary recounts only the items just edited. */
const countsOf = new WeakMap<object, Map<string, StateCounts>>();

function itemCounts(item: Translatable, kind: ItemKind, lang: string): StateCounts {
  let byLang = countsOf.get(item);
  if (!byLang) countsOf.set(item, (byLang = new Map()));
  let counts = byLang.get(lang);
  if (!counts) {
    counts = { ...NO_COUNTS };
    for (const { field } of TRANSLATABLE[kind]) counts[fieldState(item, field, lang)]++;
    byLang.set(lang, counts);
  }
  return counts;
}

/** How many of the draft's texts are missing, out of date, unchecked or current in `lang`. */
export function translationSummary(dataset: DraftDataset, lang: string): StateCounts {
  const total = { ...NO_COUNTS };
  eachTranslatable(dataset, lang, (item, kind) => {
    // The timeline's own counts are not kept: the dataset is a new object at every edit.
    if (kind === "timeline") {
      for (const { field } of TRANSLATABLE.timeline) total[fieldState(item, field, lang)]++;
      return;
    }
    const counts = itemCounts(item, kind, lang);
    total.none += counts.none;
    total.missing += counts.missing;
    total.stale += counts.stale;
    total.unchecked += counts.unchecked;
    total.current += counts.current;
  });
  return total;
}

type Language = NonNullable<DraftDataset["languages"]>[number];

/** Why a language cannot be added under this code, or null where it can. */
export function languageCodeProblem(dataset: DraftDataset, code: string): "empty" | "invalid" | "taken" | null {
  const tag = code.trim();
  if (!tag) return "empty";
  if (!LANGUAGE_TAG.test(tag)) return "invalid";
  return (dataset.languages ?? []).some((language) => sameLanguage(language.code, tag)) ? "taken" : null;
}

/** A content language added last (the first added is the original's). */
export function addLanguage(dataset: DraftDataset, code: string): DraftDataset {
  const language: Language = { code: code.trim(), name: null, translator: null, method: null, reviewed: false };
  return { ...dataset, languages: [...(dataset.languages ?? []), language] };
}

/** A language's name, translator, method or review changed. */
export function editLanguage<K extends "name" | "translator" | "method" | "reviewed">(
  dataset: DraftDataset,
  index: number,
  field: K,
  value: Language[K],
): DraftDataset {
  return setAt(dataset, ["languages", index, field], value);
}

/** A language removed, and every translation into it: none is left pointing at a language the
 * timeline no longer names. The original can go only once it is the last. Items without a
 * translation into it stay the same objects. */
export function removeLanguage(dataset: DraftDataset, index: number): DraftDataset {
  const languages = dataset.languages ?? [];
  const code = languages[index]?.code;
  if (code === undefined || (index === 0 && languages.length > 1)) return dataset;
  const strip = <T>(item: T): T => {
    const translations = (item as Translatable | null)?.translations;
    if (!translations || !Object.keys(translations).some((lang) => sameLanguage(lang, code))) return item;
    const kept = Object.fromEntries(Object.entries(translations).filter(([lang]) => !sameLanguage(lang, code)));
    const copy = { ...item } as Translatable;
    if (Object.keys(kept).length) copy.translations = kept;
    else delete copy.translations;
    return copy as T;
  };
  /** The item with `list` stripped in it too, copied only where something in it changed. */
  const within = <T extends object, K extends keyof T>(item: T, key: K, change: (value: T[K]) => T[K]): T => {
    const value = item[key];
    if (value === undefined || value === null) return item;
    const changed = change(value);
    return changed === value ? item : { ...item, [key]: changed };
  };
  const each = <T>(items: T[]): T[] => {
    const stripped = items.map(strip);
    return stripped.some((item, i) => item !== items[i]) ? stripped : items;
  };
  return {
    ...strip(dataset),
    languages: languages.filter((_, i) => i !== index),
    categories: each(dataset.categories),
    sources: dataset.sources.map((source) => strip(within(source, "quotes", (quotes) => quotes && each(quotes)))),
    events: dataset.events.map((event) =>
      strip(
        within(
          within(event, "media", (media) => media && strip(media)),
          "updates",
          (updates) => updates && each(updates),
        ),
      ),
    ),
    ...(dataset.periods ? { periods: each(dataset.periods) } : {}),
  };
}
