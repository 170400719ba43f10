// A draft opened from the published timeline knows what each event was there (its baseline, kept in
// the draft); at export, the events whose text or date changed since are listed, and the notes the
// reporter writes for them (an update, a correction, a clarification; none is required) go into the
// events' `updates`, with the dataset's `updated`.
import type { DraftDataset } from "./draftStore";

type DraftEvent = DraftDataset["events"][number];
export type ChangeKind = "update" | "correction" | "clarification";
/** What the reporter says of one changed event; a blank note adds nothing. */
export interface ChangeNote {
  kind: ChangeKind;
  note: string;
}

/** An event's date; the text a reader reads of it (its title, summary, date as shown and place); and its
 * people and other spellings (a person replaced is a factual change), as strings: the same strings,
 * the same event. Its category and citations are not asked about. */
const dateOf = (event: DraftEvent) => JSON.stringify([event.date, event.end ?? null]);
const textOf = (event: DraftEvent) => JSON.stringify([event.title, event.summary, event.displayDate ?? null, event.place ?? null]);
const listsOf = (event: DraftEvent) => JSON.stringify([event.actors ?? [], event.aliases ?? []]);
const fingerprint = (event: DraftEvent) => `${dateOf(event)}\n${textOf(event)}\n${listsOf(event)}`;

/** The baseline of a published timeline: per event id, its date, texts and lists. */
export function baselineOf(dataset: DraftDataset): Record<string, string> {
  return Object.fromEntries(dataset.events.map((event) => [event.id, fingerprint(event)]));
}

/** The draft, knowing what it started from. */
export const withBaseline = (dataset: DraftDataset): DraftDataset => ({ ...dataset, publishedBaseline: baselineOf(dataset) });

/** An event of the published timeline whose date, text, people or other spellings the draft changed. */
export interface ChangedEvent {
  id: string;
  title: string;
  date: boolean;
  text: boolean;
  /** Its people (`actors`) or other spellings (`aliases`). */
  people: boolean;
}

/** What changed of one event since its baseline; null where nothing did. A baseline kept before the
 * lists were part of it (two lines) is taken as holding the event's lists unchanged. */
function changeOf(event: DraftEvent, was: string): ChangedEvent | null {
  const [wasDate, wasText, wasLists] = was.split("\n");
  const date = wasDate !== dateOf(event);
  const text = wasText !== textOf(event);
  const people = wasLists !== undefined && wasLists !== listsOf(event);
  return date || text || people ? { id: event.id, title: event.title, date, text, people } : null;
}

/** The events whose date, text or lists changed since the published version, in the draft's order;
 * none for a draft that did not start from one. */
export function changedEvents(dataset: DraftDataset): ChangedEvent[] {
  const baseline = dataset.publishedBaseline;
  if (!baseline) return [];
  const changed: ChangedEvent[] = [];
  for (const event of dataset.events) {
    const was = baseline[event.id];
    const change = was === undefined ? null : changeOf(event, was);
    if (change) changed.push(change);
  }
  return changed;
}

/** Whether the draft differs from the published version at all: an event changed, added or removed. */
function differs(dataset: DraftDataset, changed: readonly ChangedEvent[]): boolean {
  const baseline = dataset.publishedBaseline;
  if (!baseline) return false;
  if (changed.length > 0 || dataset.events.length !== Object.keys(baseline).length) return true;
  return dataset.events.some((event) => !(event.id in baseline));
}

/** A moment as the format writes a date-time: to the second, in UTC. */
export const dateTimeOf = (now: Date) => `${now.toISOString().slice(0, 19)}Z`;

/** The draft as exported and kept from then on: each changed event's note (where one was written)
 * appended to its updates, each event new to the published timeline given its `published`, `updated`
 * set where anything changed, and the baseline moved to this version (the next export asks only about
 * what changes after it). The timeline's own `published`, where it has none, is its `updated` before
 * this export: every event it held was published by then, and a feed keeps dating them so. */
export function recordChanges(dataset: DraftDataset, notes: Readonly<Record<string, ChangeNote>>, now: Date): DraftDataset {
  const baseline = dataset.publishedBaseline;
  if (!baseline) return dataset;
  const changed = changedEvents(dataset);
  if (!differs(dataset, changed)) return dataset;
  const at = dateTimeOf(now);
  const noted = new Set(changed.map((event) => event.id));
  const events = dataset.events.map((event) => {
    if (!(event.id in baseline)) return event.published ? event : { ...event, published: at };
    const note = notes[event.id];
    if (!noted.has(event.id) || !note?.note.trim()) return event;
    return { ...event, updates: [...(event.updates ?? []), { date: at, kind: note.kind, note: note.note.trim() }] };
  });
  const published = dataset.published ?? dataset.updated;
  const recorded = { ...dataset, events, updated: at, ...(published ? { published } : {}) };
  return { ...recorded, publishedBaseline: baselineOf(recorded) };
}

/** The draft without what only the studio keeps. */
export function withoutBaseline(dataset: DraftDataset): DraftDataset {
  const rest = { ...dataset };
  delete rest.publishedBaseline;
  return rest;
}
