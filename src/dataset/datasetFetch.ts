// The network half of loading a dataset, free of the schema and of React, so that the page's
// entry (main.tsx) can begin it (through its datasetLoads.ts) for a `?data=` file before the app has loaded: a large file's
// worker then starts, and parses, while the app's own code is still arriving.
import type { LoadProgress } from "./loadProgress";
import { megabytes } from "../lib/megabytes";
import { DatasetError, unreadable } from "./datasetError";
import type { FromWorker, ToWorker } from "./workerProtocol";
import { noteLoadedVersion } from "./loadedVersions";

/** Files from this size on (about 10,000 events) are parsed in the worker. A worker takes a few
 * hundred milliseconds to start beside the app's own start-up: a smaller file is on screen sooner
 * parsed on the page, in one task of a few hundred milliseconds at most. */
export const WORKER_FROM_BYTES = 4 << 20;

/** A worker whose messages wait, in order, until someone listens. */
export interface DatasetWorker {
  worker: Worker;
  listen: (handler: (data: unknown) => void) => void;
}

/** A fetched dataset: a small body, or a large one already posted to its worker. */
export type Fetched = { bytes: Uint8Array } | { worker: DatasetWorker };

/** A response that is not the file: its status says why, and whether trying again could help. */
export class DatasetHttpError extends DatasetError {
  constructor(
    label: string,
    readonly status: number,
    statusText: string,
  ) {
    const reason = status === 404 ? "it was not found" : `the server answered ${status}${statusText ? ` ${statusText}` : ""}`;
    super(`Could not load the dataset ${label}: ${reason} (HTTP ${status}).`, [], status >= 500 || status === 408 || status === 429);
    this.name = "DatasetHttpError";
  }
}

/** A body that sends nothing for this long has stalled: the load ends, with a way to try again. */
export const STALL_MS = 15_000;
/** The largest file the page tries to hold: past it, a browser tab runs out of memory or of
 * string length (and a larger file would be misread), so it is refused, named with its size. */
export const MAX_DATASET_BYTES = 256 * 1024 * 1024;

const inMB = (bytes: number) => `${megabytes(bytes)} MB`;

export interface FetchOptions {
  signal?: AbortSignal;
  onProgress: (progress: Partial<LoadProgress>) => void;
}

/** Fetches the dataset file at `url`: its bytes, or, a large one, posted to its worker already.
 * Every failure is a DatasetError (but a cancelled fetch's own). datasetLoads.ts holds what is
 * begun, per page start. */
export async function fetchDatasetFile(url: string, label: string, { signal, onProgress }: FetchOptions): Promise<Fetched> {
  let response: Response;
  // A server that never answers is a stall too.
  const unanswered = new AbortController();
  const waiting = setTimeout(() => unanswered.abort(), STALL_MS);
  try {
    const signals = signal ? AbortSignal.any([signal, unanswered.signal]) : unanswered.signal;
    response = await fetch(url, { signal: signals, mode: "cors", credentials: "same-origin" });
  } catch (error) {
    if (unanswered.signal.aborted && !signal?.aborted) {
      throw new DatasetError(`The server did not answer for the dataset ${label} within ${STALL_MS / 1000} s. Try again.`, [], true);
    }
    throw unreachable(error, label, signal);
  } finally {
    clearTimeout(waiting);
  }
  if (!response.ok) throw new DatasetHttpError(label, response.status, response.statusText);
  noteLoadedVersion(url, response.headers);
  const declared = Number(response.headers.get("content-length")) || null;
  if (declared !== null && declared > MAX_DATASET_BYTES) {
    void response.body?.cancel();
    throw tooLarge(label, declared);
  }
  // Where the size is known, started now, so that its code loads while the file arrives.
  const early = isLarge(declared) ? startDatasetWorker(label) : undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readBody(response, label, declared, (read) => onProgress({ phase: "reading", bytes: read, totalBytes: declared }));
  } catch (error) {
    early?.worker.terminate();
    throw error instanceof DatasetError ? error : unreachable(error, label, signal);
  }
  const worker = early ?? (isLarge(bytes.length) ? startDatasetWorker(label) : undefined);
  if (!worker) return { bytes };
  worker.worker.postMessage({ type: "parse", bytes: bytes.buffer as ArrayBuffer, label } satisfies ToWorker, [bytes.buffer]);
  onProgress({ phase: "checking" });
  return { worker };
}

/** A connection that failed, said so (a cancelled fetch keeps its own error). */
function unreachable(error: unknown, label: string, signal?: AbortSignal): unknown {
  if (signal?.aborted) return error;
  return new DatasetError(`Could not reach the server to load the dataset ${label}. Check the connection and try again.`, [], true);
}

export const isLarge = (bytes: number | null) => bytes !== null && bytes >= WORKER_FROM_BYTES && typeof Worker !== "undefined";

export function startDatasetWorker(label: string): DatasetWorker {
  const worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module", name: "dataset" });
  let queued: unknown[] | null = [];
  let handler: (data: unknown) => void = () => {};
  const deliver = (data: unknown) => (queued ? queued.push(data) : handler(data));
  worker.onmessage = ({ data }) => deliver(data);
  // A worker that fails to start or crashes says so like any unreadable file.
  worker.onerror = (event) =>
    deliver({
      type: "error",
      message: unreadable(label, event.message || "its worker failed"),
      details: [],
    } satisfies FromWorker);
  return {
    worker,
    listen(next) {
      handler = next;
      for (const data of queued ?? []) handler(data);
      queued = null;
    },
  };
}

/** The body's bytes, telling `onRead` how many have come as they come. Every way it can go wrong
 * ends: a body that stops arriving (nothing for STALL_MS), one shorter than its declared length,
 * one larger than the page can hold. */
async function readBody(response: Response, label: string, declared: number | null, onRead: (bytes: number) => void): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const progress = () => (declared ? `${megabytes(length)} of ${inMB(declared)}` : inMB(length));
  for (;;) {
    let stalled: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"stalled">((resolve) => (stalled = setTimeout(() => resolve("stalled"), STALL_MS)));
    const read = await Promise.race([reader.read(), timeout]).finally(() => clearTimeout(stalled));
    if (read === "stalled") {
      void reader.cancel();
      throw new DatasetError(
        `The server stopped sending the dataset ${label}: nothing arrived for ${STALL_MS / 1000} s, after ${progress()}. Try again.`,
        [],
        true,
      );
    }
    if (read.done) break;
    chunks.push(read.value);
    length += read.value.length;
    if (length > MAX_DATASET_BYTES) {
      void reader.cancel();
      throw tooLarge(label, length, "more than ");
    }
    onRead(length);
  }
  // A compressed body's declared length is of its compressed bytes: no measure of what arrives.
  if (declared !== null && length < declared && !response.headers.get("content-encoding")) {
    throw new DatasetError(`The dataset ${label} arrived cut short: ${progress()} came before the connection ended. Try again.`, [], true);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function tooLarge(label: string, bytes: number, atLeast = ""): DatasetError {
  return new DatasetError(
    `The dataset ${label} is too large to open here: ${atLeast}${inMB(bytes)}, where a browser tab can hold at most ${inMB(MAX_DATASET_BYTES)}.`,
  );
}
