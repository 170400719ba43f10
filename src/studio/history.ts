/** Undo and redo over a whole session: each change a step, except that a run of changes to the
 * same field (typing) is one step, as in any editor. Pure: the studio keeps it in a reducer. */

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The field the last step changed, and when: a change to it soon after joins that step. */
  last: { key: string; at: number } | null;
  /** The changes made outside the steps (see `amend`), for the states undo and redo bring back. */
  amended?: (state: T) => T;
}

/** Typing pauses longer than this start a new step. */
export const STEP_PAUSE_MS = 1000;
/** Steps kept: enough for a session, bounded for memory. */
export const MAX_STEPS = 500;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [], last: null });

/** `next` as the present; `key` names the field changed (null: a step of its own, e.g. "Add event"). */
export function record<T>(history: History<T>, next: T, key: string | null, at: number): History<T> {
  if (next === history.present) return history;
  const joins = key !== null && history.last?.key === key && at - history.last.at < STEP_PAUSE_MS && history.past.length > 0;
  const past = joins ? history.past : [...history.past, history.present].slice(-MAX_STEPS);
  return { ...history, past, present: next, future: [], last: key === null ? null : { key, at } };
}

/** A change that is no step of its own (as excalidraw and lexical mark an update the history does
 * not capture): made to the present and to whatever undo or redo brings back later, so what it
 * fixed (an export's ids, kept from then on) stays fixed. `change` must be idempotent. */
export function amend<T>(history: History<T>, change: (state: T) => T): History<T> {
  const before = history.amended;
  const amended = before ? (state: T) => change(before(state)) : change;
  return { ...history, present: change(history.present), last: null, amended };
}

const brought = <T>(history: History<T>, state: T) => (history.amended ? history.amended(state) : state);

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    ...history,
    past: history.past.slice(0, -1),
    present: brought(history, previous),
    future: [history.present, ...history.future],
    last: null,
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { ...history, past: [...history.past, history.present], present: brought(history, next), future, last: null };
}
