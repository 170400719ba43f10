// Whether an open page's dataset has a newer version, in pure parts: when to ask (the policy), what to
// send (a conditional request's headers, from the loaded response's validators), and what changed
// between the version shown and the new one (the diff). The asking itself is datasetRefresh.ts.
import type { Translate } from "../lib/i18n/i18n";
import type { Validators } from "./loadedVersions";
import type { Dataset, TimelineEvent } from "./schema";

/** The headers that make a check conditional: an unchanged file is then a 304 without a body. The
 * ETag where there is one (it tells versions apart within a second), else the date. */
export function conditionalHeaders({ etag, lastModified }: Validators): Record<string, string> {
  if (etag) return { "If-None-Match": etag };
  if (lastModified) return { "If-Modified-Since": lastModified };
  return {};
}

/** When an open page checks for a new version. `refresh` is the dataset's, in seconds (0: never). */
export interface CheckPolicy {
  refresh: number;
  /** Whether the page is visible: a hidden page never checks; it checks once visible again. */
  visible: boolean;
  /** When the last check (or the load) was, and now, in milliseconds. */
  lastCheck: number;
  now: number;
}

/** Milliseconds until the next check, or null for none (never refreshing, or hidden). */
export function nextCheckIn({ refresh, visible, lastCheck, now }: CheckPolicy): number | null {
  if (refresh <= 0 || !visible) return null;
  return Math.max(0, lastCheck + refresh * 1000 - now);
}

/** A page coming back into view checks at once, unless it is set never to check, or checked less
 * than a second ago (a tab switched away and back). */
export const checksOnReturn = ({ refresh, lastCheck, now }: Omit<CheckPolicy, "visible">): boolean =>
  refresh > 0 && now - lastCheck >= 1000;

/** What a new version changed, by event id, in the new version's order. `other`: anything else
 * (the title, a source, a category, a period) changed. */
export interface DatasetDiff {
  updated: string[];
  added: string[];
  removed: string[];
  other: boolean;
}

const eventText = (event: TimelineEvent) => JSON.stringify(event);
/** Everything of a dataset but its events, as text. */
const besideEvents = (dataset: Dataset) => JSON.stringify({ ...dataset, events: null });

/** The events the new version added, removed or changed; empty lists and `other: false` when it is
 * the same timeline. */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const old = new Map(before.events.map((event) => [event.id, event]));
  const updated: string[] = [];
  const added: string[] = [];
  for (const event of after.events) {
    const was = old.get(event.id);
    if (!was) added.push(event.id);
    else if (eventText(was) !== eventText(event)) updated.push(event.id);
  }
  const now = new Set(after.events.map((event) => event.id));
  const removed = before.events.filter((event) => !now.has(event.id)).map((event) => event.id);
  return { updated, added, removed, other: besideEvents(before) !== besideEvents(after) };
}

export const isUnchanged = (diff: DatasetDiff) =>
  diff.updated.length === 0 && diff.added.length === 0 && diff.removed.length === 0 && !diff.other;

/** "2 events updated, 1 new": what a new version changed, in the interface language. */
export function describeDiff(diff: DatasetDiff, t: Translate): string {
  const parts = [
    diff.updated.length > 0 ? t("refreshUpdated", { count: diff.updated.length }) : null,
    diff.added.length > 0 ? t("refreshNew", { count: diff.added.length }) : null,
    diff.removed.length > 0 ? t("refreshRemoved", { count: diff.removed.length }) : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(t("listSeparator")) : t("refreshDetails");
}
