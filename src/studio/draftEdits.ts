import type { Paragraphs } from "../lib/richText";
import type { DraftDataset, DraftSource } from "./draftStore";
import { eventIdBase, slug, uniqueId } from "./ids";

/** The studio's changes to a draft: pure, each returning a new dataset (the history keeps the old). */

type Path = readonly (string | number)[];
type Kind = "sources" | "events" | "periods" | "categories";

/** The label a new draft's one category starts with: the reporter's first key replaces it. */
export const DEFAULT_CATEGORY_LABEL = "General";

/** A dataset with nothing in it yet but one category, as the format needs one; its id follows the
 * label the reporter gives it, as an event's follows its title. */
export function blankDataset(): DraftDataset {
  return {
    version: 1,
    title: "",
    description: null,
    categories: [{ id: "general", label: DEFAULT_CATEGORY_LABEL, [AUTO_ID]: true } as DraftDataset["categories"][number]],
    sources: [],
    events: [],
    periods: [],
  };
}

/** `value` at `path`, every object and array on the way copied, the rest shared. */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const container = root as unknown as Record<string | number, unknown>;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[key!] = setAt(container[key!], rest, value);
  return copy as T;
}

export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], root);
}

const idsOf = (items: readonly { id?: string }[], except?: number) =>
  new Set(items.filter((_, i) => i !== except).map((item) => item.id ?? ""));

/** Items whose id the studio made and still follows their title (until the reporter edits it, or
 * exports: then it is the item's for good). */
export const AUTO_ID = "studioAutoId";
type Auto = { [AUTO_ID]?: boolean };

export function addSource(dataset: DraftDataset): DraftDataset {
  const source: DraftSource & Auto = {
    id: uniqueId("source", idsOf(dataset.sources)),
    outlet: "",
    title: null,
    published: null,
    summary: "",
    quotes: [],
    article: "",
    [AUTO_ID]: true,
  };
  return { ...dataset, sources: [...dataset.sources, source] };
}

export function addQuote(dataset: DraftDataset, sourceIndex: number): DraftDataset {
  const source = dataset.sources[sourceIndex]!;
  const quotes = source.quotes ?? [];
  const id = uniqueId(`${source.id}-q${quotes.length + 1}`, idsOf(quotes), "quote");
  return setAt(dataset, ["sources", sourceIndex, "quotes"], [...quotes, { id, speaker: "", text: "" }]);
}

/** Removes a source's quote, and its id from every event and period that cites it (an item that
 * does not cite it is kept as it was). */
export function removeQuote(dataset: DraftDataset, sourceIndex: number, quoteIndex: number): DraftDataset {
  const source = dataset.sources[sourceIndex]!;
  const quotes = source.quotes ?? [];
  const removed = quotes[quoteIndex];
  const next = setAt(
    dataset,
    ["sources", sourceIndex, "quotes"],
    quotes.filter((_, i) => i !== quoteIndex),
  );
  if (!removed) return next;
  const uncite = <T extends { sources?: Citation[] }>(item: T): T =>
    item.sources?.some((c) => c.source === source.id && c.quotes?.includes(removed.id))
      ? {
          ...item,
          sources: item.sources.map((c) => (c.source === source.id ? { ...c, quotes: c.quotes?.filter((q) => q !== removed.id) } : c)),
        }
      : item;
  return { ...next, events: next.events.map(uncite), ...(next.periods && { periods: next.periods.map(uncite) }) };
}

export function addEvent(dataset: DraftDataset, date = ""): DraftDataset {
  const event = {
    id: uniqueId("event", idsOf(dataset.events), "event"),
    date,
    title: "",
    // The format's "nothing to add to the title": a summary is optional.
    summary: null,
    category: dataset.categories[0]?.id ?? "",
    sources: [],
    [AUTO_ID]: true,
  };
  return { ...dataset, events: [...dataset.events, event] };
}

type Update = NonNullable<DraftDataset["events"][number]["updates"]>[number];

/** A note for readers under an event (an update, a correction, a clarification), dated `date`:
 * the last of its notes, as they are listed oldest first. */
export function addUpdate(dataset: DraftDataset, eventIndex: number, date: string): DraftDataset {
  const updates = dataset.events[eventIndex]?.updates ?? [];
  const update: Update = { date, kind: "update", note: "" };
  return setAt(dataset, ["events", eventIndex, "updates"], [...updates, update]);
}

/** An event's note taken away, with its translations. */
export function removeUpdate(dataset: DraftDataset, eventIndex: number, updateIndex: number): DraftDataset {
  const updates = dataset.events[eventIndex]?.updates ?? [];
  return setAt(
    dataset,
    ["events", eventIndex, "updates"],
    updates.filter((_, i) => i !== updateIndex),
  );
}

export function addPeriod(dataset: DraftDataset): DraftDataset {
  const periods = dataset.periods ?? [];
  const period = { id: uniqueId("period", idsOf(periods), "period"), label: "", start: "", end: null, sources: [], [AUTO_ID]: true };
  return { ...dataset, periods: [...periods, period] };
}

export function addCategory(dataset: DraftDataset): DraftDataset {
  const id = uniqueId("category", idsOf(dataset.categories), "category");
  return { ...dataset, categories: [...dataset.categories, { id, label: "" }] };
}

export function removeItem(dataset: DraftDataset, kind: Kind, index: number): DraftDataset {
  const items = (dataset[kind] ?? []) as unknown[];
  return { ...dataset, [kind]: items.filter((_, i) => i !== index) };
}

/** A field of an item changed; an id the studio made follows the item's title (and an event's
 * date), and whatever cites a renamed source follows it. */
export function editField(dataset: DraftDataset, path: Path, value: unknown): DraftDataset {
  const [kind, index, field] = path as [string, number, string];
  let next = setAt(dataset, path, value);
  if (field === "id" && kind === "categories")
    return renameCategory(setAt(next, [kind, index, AUTO_ID], undefined), String(getAt(dataset, path)), String(value));
  if (field === "id" && (kind === "sources" || kind === "events" || kind === "periods")) {
    next = setAt(next, [kind, index, AUTO_ID], undefined);
    if (kind === "sources") next = renameCitations(next, String(getAt(dataset, path)), String(value));
    return next;
  }
  const item = getAt(next, [kind, index]) as (Auto & Record<string, unknown>) | undefined;
  if (!item?.[AUTO_ID]) return next;
  const base =
    kind === "events"
      ? eventIdBase(String(item.date ?? ""), String(item.title ?? ""))
      : kind === "sources"
        ? slug(`${item.outlet ?? ""} ${item.title ?? ""}`)
        : kind === "periods" || kind === "categories"
          ? slug(String(item.label ?? ""))
          : null;
  if (base === null) return next;
  const id = uniqueId(base, idsOf(next[kind as "events"] as { id?: string }[], index), kind.slice(0, -1));
  if (id === item.id) return next;
  next = setAt(next, [kind, index, "id"], id);
  if (kind === "categories") return renameCategory(next, String(item.id), id);
  return kind === "sources" ? renameCitations(next, String(item.id), id) : next;
}

type Citation = { source: string; quotes?: string[] };

/** Events and periods in a renamed category stay in it. */
function renameCategory(dataset: DraftDataset, from: string, to: string): DraftDataset {
  return {
    ...dataset,
    events: dataset.events.map((e) => (e.category === from ? { ...e, category: to } : e)),
    periods: (dataset.periods ?? []).map((p) => (p.category === from ? { ...p, category: to } : p)),
  };
}

function renameCitations(dataset: DraftDataset, from: string, to: string): DraftDataset {
  const rename = (citations: Citation[]) => citations.map((c) => (c.source === from ? { ...c, source: to } : c));
  return {
    ...dataset,
    events: dataset.events.map((e) => ({ ...e, sources: rename(e.sources) })),
    periods: (dataset.periods ?? []).map((p) => ({ ...p, sources: rename(p.sources) })),
  };
}

/** Cites the source (or stops citing it) from an event or a period. */
export function toggleCitation(dataset: DraftDataset, kind: "events" | "periods", index: number, sourceId: string): DraftDataset {
  const citations = (getAt(dataset, [kind, index, "sources"]) as Citation[]) ?? [];
  const cited = citations.some((c) => c.source === sourceId);
  const next = cited ? citations.filter((c) => c.source !== sourceId) : [...citations, { source: sourceId, quotes: [] }];
  return setAt(dataset, [kind, index, "sources"], next);
}

/** Cites one of a cited source's quotes (or stops citing it). */
export function toggleQuote(
  dataset: DraftDataset,
  kind: "events" | "periods",
  index: number,
  sourceId: string,
  quoteId: string,
): DraftDataset {
  const citations = (getAt(dataset, [kind, index, "sources"]) as Citation[]) ?? [];
  const next = citations.map((c) => {
    if (c.source !== sourceId) return c;
    const quotes = c.quotes ?? [];
    return { ...c, quotes: quotes.includes(quoteId) ? quotes.filter((q) => q !== quoteId) : [...quotes, quoteId] };
  });
  return setAt(dataset, [kind, index, "sources"], next);
}

/** The file Export writes: the format and nothing of the studio's own (its id-following marks),
 * the articles' texts only if the reporter chose to publish them. */
export function exportedDataset(dataset: DraftDataset, { withArticles }: { withArticles: boolean }): unknown {
  const clean = <T extends object>(item: T): T => {
    const rest = { ...item } as T & Auto;
    delete rest[AUTO_ID];
    return rest;
  };
  return {
    ...dataset,
    sources: dataset.sources.map((source) => {
      const { article, ...rest } = clean(source);
      // What the article does not state is null, whatever field it is: readers are told "not stated" alike.
      const stated = { ...rest, outlet: statedOrNull(rest.outlet), title: statedOrNull(rest.title), citing: statedOrNull(rest.citing) };
      return withArticles && article ? { ...stated, article } : stated;
    }),
    events: dataset.events.map((event) => {
      const tidy = { ...clean(event), summary: summaryOrNull(withoutEmptyParagraphs(event.summary)) };
      if (!event.media) return tidy;
      const { caption, credit } = event.media;
      return {
        ...tidy,
        media: { ...event.media, caption: caption && withoutEmptyParagraphs(caption), credit: credit && withoutEmptyParagraphs(credit) },
      };
    }),
    periods: (dataset.periods ?? []).map(clean),
    categories: dataset.categories.map(clean),
  };
}

const statedOrNull = (text: string | null | undefined) => (text?.trim() ? text : null);

type Summary = string | Paragraphs | null | undefined;
/** An event's summary as the format has it: none (null) where nothing is typed, or only blanks. */
const summaryOrNull = (summary: Summary): Summary =>
  summary == null ||
  (typeof summary === "string"
    ? summary
    : summary
        .flat()
        .map((run) => (typeof run === "string" ? run : run.text))
        .join("")
  ).trim()
    ? summary
    : null;

/** The draft as the format reads it where the two differ: an event's summary left blank (a new
 * event's, or one typed and taken away) is no summary, which the format allows. */
export function withBlankSummariesNull<T>(draft: T): T {
  const events = (draft as { events?: unknown }).events;
  if (!Array.isArray(events) || !events.some((e) => blankSummary(e))) return draft;
  return { ...draft, events: events.map((e) => (blankSummary(e) ? { ...e, summary: null } : e)) };
}

const blankSummary = (event: unknown): boolean => {
  const summary = (event as { summary?: unknown } | null)?.summary;
  return (typeof summary === "string" || Array.isArray(summary)) && summaryOrNull(summary as Summary) === null;
};

/** Text with links as exported: without the empty paragraphs a blank line typed last (or twice) leaves. */
function withoutEmptyParagraphs<T extends null | undefined>(text: string | Paragraphs | T): string | Paragraphs | T {
  if (text == null || typeof text === "string") return text;
  const kept = text.filter((runs) => runs.some((run) => typeof run !== "string" || run.trim() !== ""));
  return kept.length ? kept : "";
}

/** The dataset with every id fixed: after an export, ids stop following titles (links to them
 * may be out in the world). */
export function fixIds(dataset: DraftDataset): DraftDataset {
  return exportedDataset(dataset, { withArticles: true }) as DraftDataset;
}
