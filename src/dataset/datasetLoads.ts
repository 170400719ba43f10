import { fetchDatasetFile, type Fetched } from "./datasetFetch";
import { progressStore, type LoadProgress } from "./loadProgress";

/** The datasets one page start is loading: each address's fetch, begun early by the page's entry
 * (main.tsx) and taken by whoever reads it first (the first paint, the app), and how far each has
 * come. Made by the boot and handed to the app (AppRoot), as the URL is one store: a second mount
 * (StrictMode) or a test has its own, and finds nothing left over by another. */
export interface DatasetLoads {
  /** Begins fetching `url` now, unless it is begun already, for `take` to pick up; a failure waits for it too. */
  begin: (url: string, label: string) => void;
  /** The fetch begun for `url`, left in place (the first paint reads it, and leaves it to the app where it gives up). */
  peek: (url: string) => Promise<Fetched> | undefined;
  /** The fetch begun for `url`, once; else a new one. Every failure is a DatasetError (but a cancelled fetch's own). */
  take: (url: string, label: string, signal?: AbortSignal) => Promise<Fetched>;
  /** Lets go of the fetch begun for `url` (its reader has what it needs: the bytes can go). */
  release: (url: string) => void;
  /** The one writer of `url`'s progress: every step of its loading (the fetch, the worker) reports through it. */
  reporter: (url: string) => (update: Partial<LoadProgress>) => void;
  progressOf: (url: string) => LoadProgress | undefined;
  subscribe: (listener: () => void) => () => void;
}

/** A page start's loads; `fetchFile` (datasetFetch.ts's, unless a test gives another) fetches one file. */
export function datasetLoads(fetchFile: typeof fetchDatasetFile = fetchDatasetFile, now?: () => number): DatasetLoads {
  const begun = new Map<string, Promise<Fetched>>();
  const progress = progressStore(now);
  const reporter = (url: string) => (update: Partial<LoadProgress>) => progress.report(url, update);
  const fetchNow = (url: string, label: string, signal?: AbortSignal) => fetchFile(url, label, { signal, onProgress: reporter(url) });
  return {
    begin(url, label) {
      if (begun.has(url)) return;
      const fetching = fetchNow(url, label);
      fetching.catch(() => {});
      begun.set(url, fetching);
    },
    peek: (url) => begun.get(url),
    take(url, label, signal) {
      const early = begun.get(url);
      begun.delete(url);
      return early ?? fetchNow(url, label, signal);
    },
    release: (url) => void begun.delete(url),
    reporter,
    progressOf: progress.of,
    subscribe: progress.subscribe,
  };
}
