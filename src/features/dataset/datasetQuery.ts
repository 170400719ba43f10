import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildIndex, type DatasetIndex } from "./datasetIndex";
import { DatasetError, NeedsImport, parseDataset } from "./parse";

/** Fetches, parses, validates and indexes one dataset; every failure is a DatasetError. */
export async function fetchDataset(url: string, label: string, signal?: AbortSignal): Promise<DatasetIndex> {
  let response: Response;
  try {
    // Same mode and credentials as the <link rel="preload"> in index.html, so the browser reuses it.
    response = await fetch(url, { signal, mode: "cors", credentials: "same-origin" });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(`Could not reach the server to load the dataset ${label}. Check the connection and try again.`, [], true);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    const reason = response.status === 404 ? "it was not found" : `the server answered ${status}`;
    throw new DatasetError(
      `Could not load the dataset ${label}: ${reason} (HTTP ${response.status}).`,
      [],
      response.status >= 500 || response.status === 408 || response.status === 429,
    );
  }
  const text = await response.text();
  try {
    return buildIndex(parseDataset(text, label));
  } catch (error) {
    if (!(error instanceof NeedsImport)) throw error;
    // TimelineJS's formats: their reader loads only for them.
    const { readImported } = await import("../import/readDataset");
    return buildIndex(parseDataset(text, label, readImported));
  }
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
