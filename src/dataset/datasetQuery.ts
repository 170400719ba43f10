import { queryOptions, useQuery } from "@tanstack/react-query";
import { createContext, useContext, useSyncExternalStore } from "react";
import { bytesDigest } from "./datasetDigest";
import { buildIndex, type DatasetIndex } from "./datasetIndex";
import type { DatasetLoads } from "./datasetLoads";
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
  if ("worker" in fetched) return indexFromWorker(fetched.worker, onProgress, signal);
  const digest = wants.digest ? bytesDigest(fetched.bytes) : undefined;
  const index = buildIndex((await readDataset(decodeDataset(fetched.bytes, label), label)).dataset);
  return digest ? { ...index, digest: await digest } : index;
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

/** The dataset at `url`, as a query. A large file's events come before its full check (and a
 * plain log's before their records, drawColumns.ts): `checking` while they run; where it refuses the file, the query reads as failed with the refusal, and
 * `shownWhileChecking` says the events were on screen meanwhile. */
export function useDataset(url: string, label: string) {
  const query = useQuery(datasetQueryOptions(url, label, useDatasetLoads()));
  const check = query.data?.check;
  const current = () => check?.get() ?? "sound";
  const state = useSyncExternalStore(check?.subscribe ?? noChange, current, current);
  // Events drawn from their columns take their records as they come: the page is rendered again
  // once all have (every view reads them then), and is "checking" until then.
  const records = query.data?.records;
  const recordsNow = () => records?.get() ?? "complete";
  const arriving = useSyncExternalStore(records?.subscribe ?? noChange, recordsNow, recordsNow) === "arriving";
  if (typeof state === "string") return { ...query, checking: state === "checking" || arriving, shownWhileChecking: false } as const;
  return {
    isPending: false,
    isError: true,
    error: state,
    data: undefined,
    refetch: query.refetch,
    checking: false,
    shownWhileChecking: true,
  } as const;
}

const noChange = () => () => {};
