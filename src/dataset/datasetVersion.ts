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

/** The versions of its dataset an open page holds: the one shown, and a newer one waiting for the reader. */
export interface HeldVersions<V> {
  shown: V;
  pending: V | null;
}

/** What befalls them: a check found `version`, `changed` from the shown one or not; the reader
 * accepted the waiting one; or the page stopped checking (it closed, or shows another file). */
export type VersionEvent<V> = { type: "found"; version: V; changed: boolean } | { type: "accepted" } | { type: "left" };

/** The versions an open page holds after `event`. */
export function heldAfter<V>(event: VersionEvent<V>, held: HeldVersions<V>): HeldVersions<V> {
  switch (event.type) {
    case "found":
      return { shown: held.shown, pending: event.changed ? event.version : null };
    case "accepted":
      return held.pending === null ? held : { shown: held.pending, pending: null };
    case "left":
      return { shown: held.shown, pending: null };
  }
}

/** The versions `event` lets go, each read by a worker the page then ends: whatever it held or found
 * and holds no more. The shown one once the reader accepts another; a waiting one once a newer check
 * supersedes it or finds the file back to the shown version, or the page stops checking; a found one
 * that is the shown version again. (A page that stops checking keeps what it shows: that is the
 * loaded dataset's, for as long as the page keeps it.) */
export function releasedBy<V>(event: VersionEvent<V>, held: HeldVersions<V>): V[] {
  const after = heldAfter(event, held);
  const before = new Set([held.shown, held.pending, event.type === "found" ? event.version : null]);
  return [...before].filter((version): version is V => version !== null && version !== after.shown && version !== after.pending);
}

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

/** A version of a dataset as the diff needs it, small enough to keep and to post: per event id (in
 * the file's order), a 64-bit hash of its text; and the hash of everything beside the events. The
 * dataset worker keeps the shown version's, and compares a new file with it (datasetWorker.ts). */
export interface Fingerprints {
  events: Map<string, string>;
  beside: string;
}

/** FNV-1a over the UTF-16 code units, twice with different offsets: 64 bits, in hex. Not for
 * adversaries: a file's publisher is not one, and a missed change is shown at the next. */
function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

export function fingerprintsOf(dataset: Dataset): Fingerprints {
  return {
    events: new Map(dataset.events.map((event) => [event.id, textHash(eventText(event))])),
    beside: textHash(besideEvents(dataset)),
  };
}

/** diffDatasets, of two versions' fingerprints. */
export function diffFingerprints(before: Fingerprints, after: Fingerprints): DatasetDiff {
  const updated: string[] = [];
  const added: string[] = [];
  for (const [id, hash] of after.events) {
    const was = before.events.get(id);
    if (was === undefined) added.push(id);
    else if (was !== hash) updated.push(id);
  }
  const removed = [...before.events.keys()].filter((id) => !after.events.has(id));
  return { updated, added, removed, other: before.beside !== after.beside };
}
