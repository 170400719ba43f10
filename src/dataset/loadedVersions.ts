// The version of each dataset file the page holds, as its response said (ETag, Last-Modified): noted
// by the fetch, read by the check for a newer one (datasetRefresh.ts). Kept apart from both so that
// the page's first script, which begins the fetch, carries nothing more.
import { validatorsOf, type Validators } from "./datasetVersion";

const versions = new Map<string, Validators>();

/** Notes what the response a dataset was loaded (or checked) from said of its version. */
export function noteLoadedVersion(url: string, headers: Pick<Headers, "get">): void {
  versions.set(url, validatorsOf(headers));
}

export const loadedVersion = (url: string): Validators => versions.get(url) ?? { etag: null, lastModified: null };
