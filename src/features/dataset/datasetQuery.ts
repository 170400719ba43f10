import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildIndex, type DatasetIndex } from "./datasetIndex";
import { reportProgress } from "./loadProgress";
import { DatasetError, parseAnyDataset } from "./parse";
import { parseInWorker } from "./parseInWorker";
import { takeFetch, type Fetched } from "./datasetFetch";

/** Fetches, parses, validates and indexes one dataset; every failure is a DatasetError. A large
 * file is parsed in a worker, its progress reported (loadProgress.ts). */
export async function fetchDataset(url: string, label: string, signal?: AbortSignal): Promise<DatasetIndex> {
  let fetched: Fetched;
  try {
    fetched = await takeFetch(url, label, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(`Could not reach the server to load the dataset ${label}. Check the connection and try again.`, [], true);
  }
  const { response, bytes, worker } = fetched;
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    const reason = response.status === 404 ? "it was not found" : `the server answered ${status}`;
    throw new DatasetError(
      `Could not load the dataset ${label}: ${reason} (HTTP ${response.status}).`,
      [],
      response.status >= 500 || response.status === 408 || response.status === 429,
    );
  }
  if (worker) return parseInWorker(worker, (progress) => reportProgress(url, progress), signal);
  return buildIndex(await parseAnyDataset(new TextDecoder().decode(bytes!), label));
}

export function datasetQueryOptions(url: string, label: string) {
  return queryOptions({
    queryKey: ["dataset", url],
    queryFn: ({ signal }) => fetchDataset(url, label, signal),
    staleTime: Infinity,
    retry: false,
  });
}

export function useDataset(url: string, label: string) {
  return useQuery(datasetQueryOptions(url, label));
}
