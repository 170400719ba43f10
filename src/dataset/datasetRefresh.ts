// The asking half of staying current: the version the page loaded (its validators, noted by the
// fetch), and one conditional request for a newer one. When and what it means is datasetVersion.ts.
import { buildIndex, type DatasetIndex } from "./datasetIndex";
import { isLarge, startDatasetWorker } from "./datasetFetch";
import { conditionalHeaders, isUnchanged, type DatasetDiff } from "./datasetVersion";
import { loadedVersion, noteLoadedVersion } from "./loadedVersions";
import { digestReady } from "./localise";
import { decodeDataset, readDataset } from "./readDataset";
import { fullyChecked, indexFromWorker } from "./workerClient";
import type { ToWorker } from "./workerProtocol";

/** `unchanged`: the server said so (304), or the check could not be made (offline, a server error,
 * a new file that does not read: the page keeps what it shows, and asks again later). */
export type VersionCheck = { changed: false } | { changed: true; index: DatasetIndex; diff?: DatasetDiff };

/** Asks the server whether the file at `url` has changed since the version last loaded or checked,
 * with a conditional request (an unchanged file costs a 304 and no body); where it has, reads it: a
 * large file in the dataset worker, as the first load does, compared there with `shown` where a
 * worker read that one too (the `diff` then comes with the new version). */
export async function checkForNewVersion(url: string, label: string, shown: DatasetIndex, signal?: AbortSignal): Promise<VersionCheck> {
  let response: Response;
  try {
    // Not the browser's cache: the conditional headers are this check's own, and a 304 comes back as such.
    response = await fetch(url, {
      headers: conditionalHeaders(loadedVersion(url)),
      cache: "no-store",
      credentials: "same-origin",
      signal,
    });
  } catch {
    return { changed: false };
  }
  if (response.status === 304 || !response.ok) return { changed: false };
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (isLarge(bytes.length)) return await readInWorker(url, label, response.headers, bytes, shown, signal);
    const { dataset } = await readDataset(decodeDataset(bytes, label), label);
    const index = buildIndex(dataset);
    await digestReady(index);
    noteLoadedVersion(url, response.headers);
    return { changed: true, index };
  } catch {
    return { changed: false };
  }
}

/** A large new version, read off the page's main thread: compared in the worker that read the shown
 * one (where one did), then, if it changed, read and sent back in slices by a worker of its own. */
async function readInWorker(
  url: string,
  label: string,
  headers: Headers,
  bytes: Uint8Array,
  shown: DatasetIndex,
  signal?: AbortSignal,
): Promise<VersionCheck> {
  let buffer = bytes.buffer as ArrayBuffer;
  let diff: DatasetDiff | undefined;
  if (shown.compare) {
    const compared = await shown.compare(buffer, label);
    if (!compared.diff) return { changed: false };
    buffer = compared.bytes;
    if (isUnchanged(compared.diff)) {
      noteLoadedVersion(url, headers);
      return { changed: false };
    }
    diff = compared.diff;
  }
  const worker = startDatasetWorker(label);
  worker.worker.postMessage({ type: "parse", bytes: buffer, label } satisfies ToWorker, [buffer]);
  const index = await indexFromWorker(worker, () => {}, signal);
  // A new version is offered only once its file is checked in full.
  await fullyChecked(index).catch((error: unknown) => {
    index.dispose?.();
    throw error;
  });
  await digestReady(index);
  noteLoadedVersion(url, headers);
  return { changed: true, index, ...(diff ? { diff } : {}) };
}
