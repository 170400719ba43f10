import { formatDateText } from "../lib/dates";
import type { Language, Translate } from "../lib/i18n/i18n";
import type { TimelineEvent } from "./schema";

/** A change made to an event after it was published, as the dataset records it. */
export type EventUpdate = TimelineEvent["updates"][number];
export type UpdateKind = EventUpdate["kind"];

/** The event's latest update, correction or clarification (the last: they are listed oldest first). */
export const latestUpdate = (event: Pick<TimelineEvent, "updates">): EventUpdate | undefined => event.updates.at(-1);

/** One line of the timeline's log of changes: an update and the event it changed. */
export interface ChangeEntry {
  event: TimelineEvent;
  update: EventUpdate;
}

/** A day or a date-time as milliseconds, for ordering; a bare day counts from its start, in UTC. */
const timeOf = (date: string) => Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);

/** Every update and correction of the timeline, newest first; on the same moment, the one listed
 * later first (a log is appended to). */
export function changeLog(events: readonly TimelineEvent[]): ChangeEntry[] {
  const entries: (ChangeEntry & { time: number; order: number })[] = [];
  for (const event of events) {
    for (const update of event.updates) entries.push({ event, update, time: timeOf(update.date), order: entries.length });
  }
  entries.sort((a, b) => b.time - a.time || b.order - a.order);
  return entries.map(({ event, update }) => ({ event, update }));
}

/** An update's day, in the interface language ("2 June 2024"): the time of day of a date-time is left out. */
export const formatUpdateDate = (update: EventUpdate, lang: Language): string => formatDateText(update.date.slice(0, 10), lang);

const MARK_KEYS = { update: "markUpdated", correction: "markCorrected", clarification: "markClarified" } as const;
const KIND_KEYS = { update: "kindUpdate", correction: "kindCorrection", clarification: "kindClarification" } as const;

/** "Updated 2 June 2024", "Corrected 2 June 2024": the mark an event carries beside its date. */
export const updateMark = (update: EventUpdate, t: Translate, lang: Language): string =>
  t(MARK_KEYS[update.kind], { date: formatUpdateDate(update, lang) });

/** "Correction", "Update", "Clarification": the kind of a note, as its heading says it. */
export const updateKindLabel = (kind: UpdateKind, t: Translate): string => t(KIND_KEYS[kind]);

/** Which opening the reader gets: the address's `?opening=` wins over the dataset's own. */
export function openingOf(datasetOpening: "whole" | "latest", asked: "whole" | "latest" | null): "whole" | "latest" {
  return asked ?? datasetOpening;
}

/** The event an opening on the latest selects: the last in the app's date order. */
export const latestEvent = (sortedEvents: readonly TimelineEvent[]): TimelineEvent | undefined => sortedEvents.at(-1);
