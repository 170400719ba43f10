import { getAt, setAt } from "./draftEdits";

/** Two tabs on one draft, merged field by field: each change a tab makes is sent to the others
 * as writes (a field's path and its new value, stamped with when and by which tab), and every tab
 * keeps, for each field, the latest write it knows of. A write older than the one a field (or a
 * list holding it) already has is dropped; so every tab ends with the latest value of each field,
 * whatever order the writes came in. Pure: the studio keeps it in its reducer. */

export type Path = readonly (string | number)[];

export interface Stamp {
  at: number;
  tab: string;
}

export interface Write extends Stamp {
  path: Path;
  value: unknown;
}

export interface Sync {
  /** The latest write known for each path (keyed by `pathKey`). */
  clocks: ReadonlyMap<string, Write>;
  /** The latest time stamped or seen: a change made after seeing another's is stamped later. */
  lastAt: number;
}

export const startSync = (): Sync => ({ clocks: new Map(), lastAt: 0 });

export const pathKey = (path: Path) => JSON.stringify(path);

/** Whether `a` was written after `b` (same time: the tab named later, so every tab agrees). */
export const later = (a: Stamp, b: Stamp) => a.at > b.at || (a.at === b.at && a.tab > b.tab);

/** `outer` is `inner` or holds it (`["events"]` holds `["events", 3, "title"]`). */
const holds = (outer: Path, inner: Path) => outer.length <= inner.length && outer.every((key, i) => key === inner[i]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isRecordList = (value: unknown): value is Record<string, unknown>[] => Array.isArray(value) && value.every(isRecord);

const sameLeaf = (a: unknown, b: unknown) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && JSON.stringify(a) === JSON.stringify(b));

/** The fields that differ between two drafts, each with its value in `after`. Objects are compared
 * key by key, lists of items item by item while their length holds (a list that grew or shrank is
 * one change: items are known by their place); text with links and lists of words are values. */
export function changes(before: unknown, after: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (before === after) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => (before[key] === after[key] ? [] : changes(before[key], after[key], [...path, key])));
  }
  if (isRecordList(before) && isRecordList(after) && before.length === after.length) {
    return before.flatMap((item, i) => (item === after[i] ? [] : changes(item, after[i], [...path, i])));
  }
  return sameLeaf(before, after) ? [] : [{ path, value: after }];
}

/** `value` at `path`, if what should hold it is there (an item a shorter list lacks is not made up). */
function applyAt<T>(root: T, path: Path, value: unknown): T {
  const holder = getAt(root, path.slice(0, -1));
  return typeof holder === "object" && holder !== null ? setAt(root, path, value) : root;
}

/** This tab's own change from `before` to `after`, made at `now`: the writes to send to the other
 * tabs, and each changed field's clock set to it. */
export function local(sync: Sync, before: unknown, after: unknown, now: number, tab: string): { sync: Sync; writes: Write[] } {
  const diff = changes(before, after);
  if (diff.length === 0) return { sync, writes: [] };
  const at = Math.max(now, sync.lastAt + 1);
  const writes = diff.map(({ path, value }) => ({ path, value, at, tab }));
  const clocks = new Map(sync.clocks);
  for (const write of writes) {
    // What it replaces whole is older than it: those clocks have nothing left to stand for.
    for (const [key, known] of clocks) if (holds(write.path, known.path)) clocks.delete(key);
    clocks.set(pathKey(write.path), write);
  }
  return { sync: { clocks, lastAt: at }, writes };
}

/** Another tab's write, applied to `present` unless a later one to the same field (or to a list
 * holding it) is known. `overwritten`: the paths where this tab's own change was replaced by it. */
export function receive<T>(sync: Sync, present: T, write: Write, tab: string): { sync: Sync; present: T; overwritten: Path[] } {
  const lastAt = Math.max(sync.lastAt, write.at);
  for (const known of sync.clocks.values()) {
    if (holds(known.path, write.path) && !later(write, known)) return { sync: { ...sync, lastAt }, present, overwritten: [] };
  }
  let next = applyAt(present, write.path, write.value);
  const clocks = new Map(sync.clocks);
  const overwritten: Path[] = [];
  const after: Write[] = [];
  for (const [key, known] of sync.clocks) {
    if (!holds(write.path, known.path)) continue;
    if (later(known, write)) after.push(known);
    else {
      clocks.delete(key);
      if (known.tab === tab) overwritten.push(known.path);
    }
  }
  // A later change within what it replaced stands: made again on top, oldest first.
  for (const known of after.sort((a, b) => (later(a, b) ? 1 : -1))) next = applyAt(next, known.path, known.value);
  clocks.set(pathKey(write.path), write);
  return { sync: { clocks, lastAt }, present: next, overwritten };
}

/** The other tabs' changes made again on a state undo or redo brings back (which may predate
 * them): undoing here takes back this tab's changes, not theirs. */
export function theirs<T>(sync: Sync, state: T, tab: string): T {
  const writes = [...sync.clocks.values()].filter((write) => write.tab !== tab);
  return writes.sort((a, b) => (later(a, b) ? 1 : -1)).reduce((next, write) => applyAt(next, write.path, write.value), state);
}
