import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildIndex, type DatasetIndex } from "./datasetIndex";
import { reportProgress } from "./loadProgress";
import { DatasetError, NeedsImport, parseDataset } from "./parse";
import { parseInWorker, startDatasetWorker, WORKER_FROM_BYTES } from "./parseInWorker";

/** Fetches, parses, validates and indexes one dataset; every failure is a DatasetError. A large
 * file is parsed in a worker, its progress reported (loadProgress.ts). */
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
  const declared = Number(response.headers.get("content-length")) || null;
  const large = (bytes: number | null) => bytes !== null && bytes >= WORKER_FROM_BYTES && typeof Worker !== "undefined";
  // Where the size is known, started now, so that its code loads while the file arrives.
  const early = large(declared) ? startDatasetWorker() : null;
  const bytes = await readBody(response, (read) => reportProgress(url, { phase: "reading", bytes: read, totalBytes: declared }));
  const worker = early ?? (large(bytes.length) ? startDatasetWorker() : null);
  if (worker) return parseInWorker(worker, bytes.buffer as ArrayBuffer, label, (progress) => reportProgress(url, progress));
  const text = new TextDecoder().decode(bytes);
  try {
    return buildIndex(parseDataset(text, label));
  } catch (error) {
    if (!(error instanceof NeedsImport)) throw error;
    // TimelineJS's formats: their reader loads only for them.
    const { readImported } = await import("../import/readDataset");
    return buildIndex(parseDataset(text, label, readImported));
  }
}

/** The body's bytes, telling `onRead` how many have come as they come. */
async function readBody(response: Response, onRead: (bytes: number) => void): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    length += read.value.length;
    onRead(length);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
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
