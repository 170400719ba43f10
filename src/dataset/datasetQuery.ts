import { queryOptions, useQuery } from "@tanstack/react-query";
import { createContext, useContext, useSyncExternalStore } from "react";
import { bytesDigest } from "./datasetDigest";
import type { DatasetError } from "./datasetError";
import { buildIndex, type DatasetIndex, type FullCheck } from "./datasetIndex";
import type { DatasetLoads } from "./datasetLoads";
import { digestReady } from "./localise";
import { loadTextDigest } from "../lib/textDigestLoader";
import { decodeDataset, readDataset } from "./readDataset";
import { indexFromWorker } from "./workerClient";

/** What a load is asked for beyond the index: `digest`, the file's digest (datasetDigest.ts), which
 * only a prerendered page, to tell whether it was drawn from this file, needs. */
export interface LoadWants {
  digest?: boolean;
}

/** Fetches (or takes the fetch `loads` began), reads, validates and indexes one dataset, whichever
 * way it comes: a small file read here, a large one in the worker. Every failure is a DatasetError. */
export async function loadDataset(
  loads: DatasetLoads,
  url: string,
  label: string,
  signal?: AbortSignal,
  wants: LoadWants = {},
): Promise<DatasetIndex> {
  const onProgress = loads.reporter(url);
  const fetched = await loads.take(url, label, signal);
  if ("worker" in fetched) {
    const index = await indexFromWorker(fetched.worker, onProgress, signal);
    await digestReady(index);
    return index;
  }
  const digest = wants.digest ? bytesDigest(fetched.bytes) : undefined;
  // A file that names a basis most likely carries one: its code loads while the file is read.
  if (namesBasis(fetched.bytes)) void loadTextDigest();
  const { dataset, notices } = await readDataset(decodeDataset(fetched.bytes, label), label);
  const index = buildIndex(dataset, { notices });
  await digestReady(index);
  return digest ? { ...index, digest: await digest } : index;
}

const BASIS = new TextEncoder().encode('"basis"');

/** Whether the bytes hold `"basis"` anywhere (a file's key, or a text that quotes it). */
function namesBasis(bytes: Uint8Array): boolean {
  const first = BASIS[0]!;
  for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - BASIS.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < BASIS.length && bytes[i + j] === BASIS[j]) j++;
    if (j === BASIS.length) return true;
  }
  return false;
}

export const datasetQueryKey = (url: string) => ["dataset", url];

export function datasetQueryOptions(url: string, label: string, loads: DatasetLoads, wants?: LoadWants) {
  return queryOptions({
    queryKey: datasetQueryKey(url),
    queryFn: ({ signal }) => loadDataset(loads, url, label, signal, wants),
    staleTime: Infinity,
    retry: false,
  });
}

/** The page start's loads (datasetLoads.ts), handed to the app by AppRoot. */
export const DatasetLoadsContext = createContext<DatasetLoads | null>(null);

export function useDatasetLoads(): DatasetLoads {
  const loads = useContext(DatasetLoadsContext);
  if (!loads) throw new Error("useDatasetLoads: no DatasetLoadsContext above (AppRoot provides it).");
  return loads;
}

/** The dataset at `url`, as react-query's own result. A large file's index comes before its full
 * check: how that ends is read apart, by useDatasetChecking and useDatasetRefusal. */
export function useDataset(url: string, label: string) {
  const query = useQuery(datasetQueryOptions(url, label, useDatasetLoads()));
  // Events drawn from their columns (drawColumns.ts) take their records as they come: the page is
  // rendered again once all have (every view reads them then).
  useRecordsArriving(query.data);
  return query;
}

/** Whether the full check of `index`'s file still runs (its events on screen meanwhile). */
export function useDatasetChecking(index: DatasetIndex | undefined): boolean {
  const checking = useFullCheck(index, (state) => state === "checking");
  return useRecordsArriving(index) || checking;
}

/** Whether `index`'s events, drawn from their columns, still wait for some of their records. */
function useRecordsArriving(index: DatasetIndex | undefined): boolean {
  const records = index?.records;
  const now = () => records?.get() ?? "complete";
  return useSyncExternalStore(records?.subscribe ?? noChange, now, now) === "arriving";
}

/** The full check's refusal of `index`'s file, shown while it ran; null while it runs and once it passes. */
export function useDatasetRefusal(index: DatasetIndex | undefined): DatasetError | null {
  return useFullCheck(index, (state) => (typeof state === "string" ? null : state));
}

/** One fact of the full check's state: a component re-renders only when that fact changes. */
function useFullCheck<T>(index: DatasetIndex | undefined, select: (state: FullCheck) => T): T {
  const check = index?.check;
  const current = () => select(check?.get() ?? "sound");
  return useSyncExternalStore(check?.subscribe ?? noChange, current, current);
}

const noChange = () => () => {};
