// How far each dataset's loading has come: plain, so that the page's entry can report to it
// (main.tsx), and made per page start (datasetLoads.ts), so that nothing of it lives in a module.

/** How far a dataset's loading has come: its bytes as they arrive, then (a large file, parsed in
 * the worker) its checking, then its events as the worker hands them over. */
export interface LoadProgress {
  phase: "reading" | "checking" | "receiving";
  bytes: number;
  /** From the response's Content-Length; null where the server gives none. */
  totalBytes: number | null;
  events: number;
  totalEvents: number | null;
}

export interface ProgressStore {
  /** Notes a step of `url`'s loading; listeners hear of it at most every EVERY_MS within a phase. */
  report: (url: string, update: Partial<LoadProgress>) => void;
  of: (url: string) => LoadProgress | undefined;
  subscribe: (listener: () => void) => () => void;
}

/** Readers need no more than a few updates a second, and each one renders. */
export const EVERY_MS = 100;

/** A store of loading progress by address; `now` is the clock its throttle reads. */
export function progressStore(now: () => number = () => performance.now()): ProgressStore {
  const progressByUrl = new Map<string, LoadProgress>();
  const listeners = new Set<() => void>();
  let lastNotified = -Infinity;
  return {
    report(url, update) {
      const previous = progressByUrl.get(url) ?? { phase: "reading", bytes: 0, totalBytes: null, events: 0, totalEvents: null };
      const next = { ...previous, ...update };
      progressByUrl.set(url, next);
      const at = now();
      if (next.phase === previous.phase && at - lastNotified < EVERY_MS) return;
      lastNotified = at;
      for (const listener of listeners) listener();
    },
    of: (url) => progressByUrl.get(url),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
