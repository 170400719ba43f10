// The store of loading progress: plain, so the page's entry can report to it (main.tsx).

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

const progressByUrl = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();
/** Readers need no more than a few updates a second, and each one renders. */
const EVERY_MS = 100;
let lastNotified = 0;

/** The one writer of a dataset's progress: every step of its loading (datasetFetch.ts, workerClient.ts)
 * reports through the function this gives. */
export const progressReporter =
  (url: string) =>
  (update: Partial<LoadProgress>): void =>
    reportProgress(url, update);

function reportProgress(url: string, update: Partial<LoadProgress>): void {
  const previous = progressByUrl.get(url) ?? { phase: "reading", bytes: 0, totalBytes: null, events: 0, totalEvents: null };
  const next = { ...previous, ...update };
  progressByUrl.set(url, next);
  const now = performance.now();
  if (next.phase === previous.phase && now - lastNotified < EVERY_MS) return;
  lastNotified = now;
  for (const listener of listeners) listener();
}

export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export const progressOf = (url: string): LoadProgress | undefined => progressByUrl.get(url);
