/** Undo and redo over a whole session: each change a step, except that a run of changes to the
 * same field (typing) is one step, as in any editor. Pure: the studio keeps it in a reducer. */

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The field the last step changed, and when: a change to it soon after joins that step. */
  last: { key: string; at: number } | null;
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
  return { past, present: next, future: [], last: key === null ? null : { key, at } };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], last: null };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future, last: null };
}
