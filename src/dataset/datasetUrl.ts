import { onSite } from "../lib/addressPolicy.ts";

export const DEFAULT_DATASET = "data/timeline.json";
const MAX_PARAM_LENGTH = 2048;

export type DatasetLocation =
  { ok: true; url: string; /** As the reader wrote it, for messages. */ label: string } | { ok: false; message: string };

/** Resolves `?data=` against the site's root (`pageUrl`): only http(s) files in the site's folder
 * are allowed, so a shared link can never make the explorer read someone else's server. */
export function resolveDatasetUrl(param: string | null, pageUrl: string): DatasetLocation {
  const label = param ?? DEFAULT_DATASET;
  const shown = label.length > 120 ? `${label.slice(0, 120)}…` : label;
  if (label.length > MAX_PARAM_LENGTH) {
    return { ok: false, message: `The dataset address given in ?data= is too long (${label.length} characters).` };
  }
  if (label.trim() === "") return { ok: false, message: "The ?data= parameter is empty: give the path of a dataset on this site." };
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(label, page);
  } catch {
    return { ok: false, message: `The dataset address "${shown}" in ?data= is not a valid address.` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      ok: false,
      message: `Refused to load the dataset "${shown}": only files on this site can be loaded, not ${url.protocol} addresses.`,
    };
  }
  if (url.origin !== page.origin) {
    return {
      ok: false,
      message: `Refused to load the dataset "${shown}": it is on another site (${url.origin}); only datasets on this site (${page.origin}) can be loaded.`,
    };
  }
  // The policy's word is final (lib/addressPolicy.ts): no control characters or backslashes, no
  // credentials, nothing outside the site's folder.
  const own = onSite(label, page.href);
  if (!own)
    return { ok: false, message: `Refused to load the dataset "${shown}": only files in this site's folder (${page.href}) can be loaded.` };
  return { ok: true, url: own.href, label };
}
