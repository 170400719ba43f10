import type { Draft, DraftDataset } from "./draftStore";
import { changes, local, pathKey, receive, theirs, type Path, type Sync, type Write } from "./draftSync";
import type { History } from "./history";

/** The draft's state as the tabs on it share it: what the studio's reducer does with this tab's
 * changes and with the other tabs'. Pure. */

/** A batch of this tab's writes, for the other tabs on the same draft. */
export interface Outgoing {
  key: string;
  writes: Write[];
}

export interface Synced {
  key: string;
  history: History<DraftDataset>;
  tab: string;
  sync: Sync;
  outbox: Outgoing[];
  overwritten: Path[];
}

/** Batches kept to send: the studio sends them after each render, so a few are plenty. */
const OUTBOX = 16;
/** Fields named in the notice: the latest few. */
const NOTICED = 3;

/** A change made here (an edit, or undo and redo: `broughtBack`, a state that may predate the
 * other tabs' changes, which stay). */
export function changedHere<S extends Synced>(state: S, history: History<DraftDataset>, at: number, broughtBack = false): S {
  if (history === state.history) return state;
  const next = broughtBack ? { ...history, present: theirs(state.sync, history.present, state.tab) } : history;
  const { sync, writes } = local(state.sync, state.history.present, next.present, at, state.tab);
  if (writes.length === 0) return { ...state, history: next };
  return { ...state, history: next, sync, outbox: [...state.outbox.slice(1 - OUTBOX), { key: state.key, writes }] };
}

/** Another tab's changes: applied where they are the latest (no undo step of their own, so undo
 * here takes back this tab's own). */
export function fromOtherTab<S extends Synced>(state: S, writes: Write[]): S {
  let { sync } = state;
  let present = state.history.present;
  const lost: Path[] = [];
  for (const write of writes) {
    const got = receive(sync, present, write, state.tab);
    ({ sync, present } = got);
    lost.push(...got.overwritten);
  }
  const overwritten = lost.length ? noticed([...state.overwritten, ...lost]) : state.overwritten;
  const history = present === state.history.present ? state.history : { ...state.history, present };
  return { ...state, sync, history, overwritten };
}

/** The draft as another tab last saved it (read when this tab comes back to the front, in case it
 * slept through that tab's changes): its fields taken where this tab knows nothing later, and
 * never over this tab's own changes (the other tab has them, or is about to). */
export function catchUp<S extends Synced>(state: S, draft: Draft): S {
  const by = draft.savedBy;
  if (draft.key !== state.key || !by || by === state.tab) return state;
  const own = new Set([...state.sync.clocks.values()].filter((w) => w.tab === state.tab).map((w) => pathKey(w.path)));
  const writes = changes(state.history.present, draft.dataset)
    .filter(({ path }) => !path.some((_, i) => own.has(pathKey(path.slice(0, i + 1)))))
    .map(({ path, value }) => ({ path, value, at: draft.savedAt, tab: by }));
  return writes.length ? fromOtherTab(state, writes) : state;
}

const noticed = (paths: Path[]) => {
  const unique = new Map<string, Path>();
  for (const path of paths) {
    // The latest last: a field named again moves to the end.
    unique.delete(pathKey(path));
    unique.set(pathKey(path), path);
  }
  return [...unique.values()].slice(-NOTICED);
};

/** A message from another tab, as it must be to be read (a tab of another version of the studio
 * may send other things). */
export function readMessage(data: unknown): Outgoing | null {
  if (typeof data !== "object" || data === null) return null;
  const { key, writes } = data as Partial<Outgoing>;
  if (typeof key !== "string" || !Array.isArray(writes)) return null;
  const valid = writes.every(
    (w: Partial<Write> | null) =>
      typeof w === "object" &&
      w !== null &&
      Array.isArray(w.path) &&
      w.path.every((k) => typeof k === "string" || typeof k === "number") &&
      typeof w.at === "number" &&
      typeof w.tab === "string",
  );
  return valid ? { key, writes } : null;
}
