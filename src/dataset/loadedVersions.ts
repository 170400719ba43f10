// The version of each dataset file the page holds, as its response said (ETag, Last-Modified): noted
// by the fetch, read by the check for a newer one (datasetRefresh.ts). Kept apart from both so that
// the page's first script, which begins the fetch, carries nothing more.

/** What a response said of its version: its `ETag` and `Last-Modified`, where the server sent them. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export const validatorsOf = (headers: Pick<Headers, "get">): Validators => ({
  etag: headers.get("etag"),
  lastModified: headers.get("last-modified"),
});

const versions = new Map<string, Validators>();

/** Notes what the response a dataset was loaded (or checked) from said of its version. */
export function noteLoadedVersion(url: string, headers: Pick<Headers, "get">): void {
  versions.set(url, validatorsOf(headers));
}

export const loadedVersion = (url: string): Validators => versions.get(url) ?? { etag: null, lastModified: null };
