import { queryOptions, useQuery } from "@tanstack/react-query";
import { takeFetch } from "./datasetFetch";
import { bytesDigest } from "./datasetDigest";
import { buildIndex, type DatasetIndex } from "./datasetIndex";
import { progressReporter } from "./loadProgress";
import { decodeDataset, readDataset } from "./readDataset";
import { indexFromWorker } from "./workerClient";

/** Fetches, reads, validates and indexes one dataset, whichever way it comes: a small file read
 * here, a large one in the worker. Every failure is a DatasetError. */
export async function loadDataset(url: string, label: string, signal?: AbortSignal): Promise<DatasetIndex> {
  const onProgress = progressReporter(url);
  const fetched = await takeFetch(url, label, { signal, onProgress });
  if ("worker" in fetched) return indexFromWorker(fetched.worker, onProgress, signal);
  const digest = bytesDigest(fetched.bytes);
  const index = buildIndex((await readDataset(decodeDataset(fetched.bytes, label), label)).dataset);
  return { ...index, digest: await digest };
}

export function datasetQueryOptions(url: string, label: string) {
  return queryOptions({
    queryKey: ["dataset", url],
    queryFn: ({ signal }) => loadDataset(url, label, signal),
    staleTime: Infinity,
    retry: false,
  });
}

export function useDataset(url: string, label: string) {
  return useQuery(datasetQueryOptions(url, label));
}
