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

/** An event's date, and the text a reader reads of it (its title, summary, date as shown and place), as
 * strings: the same strings, the same event. Its lists (people, other spellings), category and
 * citations are not asked about. */
const dateOf = (event: DraftEvent) => JSON.stringify([event.date, event.end ?? null]);
const textOf = (event: DraftEvent) => JSON.stringify([event.title, event.summary, event.displayDate ?? null, event.place ?? null]);
const fingerprint = (event: DraftEvent) => `${dateOf(event)}\n${textOf(event)}`;

/** The baseline of a published timeline: per event id, its date and texts. */
export function baselineOf(dataset: DraftDataset): Record<string, string> {
  return Object.fromEntries(dataset.events.map((event) => [event.id, fingerprint(event)]));
}

/** The draft, knowing what it started from. */
export const withBaseline = (dataset: DraftDataset): DraftDataset => ({ ...dataset, publishedBaseline: baselineOf(dataset) });

/** An event of the published timeline whose date or text the draft changed. */
export interface ChangedEvent {
  id: string;
  title: string;
  date: boolean;
  text: boolean;
}

/** The events whose text or date changed since the published version, in the draft's order; none
 * for a draft that did not start from one. */
export function changedEvents(dataset: DraftDataset): ChangedEvent[] {
  const baseline = dataset.publishedBaseline;
  if (!baseline) return [];
  const changed: ChangedEvent[] = [];
  for (const event of dataset.events) {
    const was = baseline[event.id];
    if (was === undefined || was === fingerprint(event)) continue;
    const [wasDate] = was.split("\n", 1);
    const date = wasDate !== dateOf(event);
    changed.push({ id: event.id, title: event.title, date, text: was !== `${wasDate}\n${textOf(event)}` });
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
 * appended to its updates, `updated` set where anything changed, and the baseline moved to this
 * version (the next export asks only about what changes after it). */
export function recordChanges(dataset: DraftDataset, notes: Readonly<Record<string, ChangeNote>>, now: Date): DraftDataset {
  if (!dataset.publishedBaseline) return dataset;
  const changed = changedEvents(dataset);
  if (!differs(dataset, changed)) return dataset;
  const at = dateTimeOf(now);
  const noted = new Set(changed.map((event) => event.id));
  const events = dataset.events.map((event) => {
    const note = notes[event.id];
    if (!noted.has(event.id) || !note?.note.trim()) return event;
    return { ...event, updates: [...(event.updates ?? []), { date: at, kind: note.kind, note: note.note.trim() }] };
  });
  const recorded = { ...dataset, events, updated: at };
  return { ...recorded, publishedBaseline: baselineOf(recorded) };
}

/** The draft without what only the studio keeps. */
export function withoutBaseline(dataset: DraftDataset): DraftDataset {
  const rest = { ...dataset };
  delete rest.publishedBaseline;
  return rest;
}
