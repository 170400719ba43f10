// The asking half of staying current: the version the page loaded (its validators, noted by the
// fetch), and one conditional request for a newer one. When and what it means is datasetVersion.ts.
import { buildIndex, type DatasetIndex } from "./datasetIndex";
import { conditionalHeaders } from "./datasetVersion";
import { loadedVersion, noteLoadedVersion } from "./loadedVersions";
import { decodeDataset, readDataset } from "./readDataset";

/** `unchanged`: the server said so (304), or the check could not be made (offline, a server error,
 * a new file that does not read: the page keeps what it shows, and asks again later). */
export type VersionCheck = { changed: false } | { changed: true; index: DatasetIndex };

/** Asks the server whether the file at `url` has changed since the version last loaded or checked,
 * with a conditional request (an unchanged file costs a 304 and no body); where it has, reads it. */
export async function checkForNewVersion(url: string, label: string, signal?: AbortSignal): Promise<VersionCheck> {
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
    const { dataset } = await readDataset(decodeDataset(bytes, label), label);
    noteLoadedVersion(url, response.headers);
    return { changed: true, index: buildIndex(dataset) };
  } catch {
    return { changed: false };
  }
}
