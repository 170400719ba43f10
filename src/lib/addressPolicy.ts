// The one address policy: every address that comes from data (media, thumbnails, links in text,
// source URLs, `?data=`, `SITE_URL`) is judged here, by the browser's own URL parser, never by a
// pattern on the raw string (which the parser reads differently: it drops tabs and newlines,
// strips leading control characters, and reads a backslash as a slash).

/** Control characters (tab, CR and LF among them), DEL and backslashes: refused anywhere in an
 * address, since the parser would silently remove or reinterpret them. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

export const hasUnsafeCharacter = (text: string): boolean => UNSAFE.test(text);

/** A root no real site has: a relative address resolved against it is "this site's" only if it
 * stays on this origin and under this folder. */
const PROBE_ROOT = "https://site.invalid/root/";

const clean = (raw: string | null | undefined): string | null => {
  const text = raw?.replace(/^ +| +$/g, "");
  return text && !hasUnsafeCharacter(text) ? text : null;
};

const isHttp = (url: URL) => url.protocol === "http:" || url.protocol === "https:";

/** An address another site's content may be linked at: absolute http(s), without a user name or
 * password. Its parsed form, or null. */
export function linkHref(raw: string | null | undefined): string | null {
  const text = clean(raw);
  if (!text || !URL.canParse(text)) return null;
  const url = new URL(text);
  return isHttp(url) && !url.username && !url.password ? url.href : null;
}

/** A path on this site, under its root (`media/photo.png`): the path from the site's root, or
 * null for anything that could leave it (a scheme, `//host`, `/elsewhere`, `../..`). */
export function sitePath(raw: string | null | undefined): string | null {
  const text = clean(raw);
  if (!text || URL.canParse(text)) return null;
  let url: URL;
  try {
    url = new URL(text, PROBE_ROOT);
  } catch {
    return null;
  }
  const root = new URL(PROBE_ROOT);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
  const path = url.pathname.slice(root.pathname.length) + url.search + url.hash;
  // Empty, starting at a slash (`.//x`), or with a colon before its first slash (`javascript:`,
  // `https:x`), it would no longer read as a path from the root wherever it is written.
  return path === "" || path.startsWith("/") || /^[^/?#]*:/.test(path) ? null : path;
}

/** `raw` resolved against the site's root (`siteRoot`, absolute; its folder counts), if it is on
 * this site: http(s), same origin, under the root, no credentials. For `?data=`, which may also be
 * written as a full address. */
export function onSite(raw: string, siteRoot: string): URL | null {
  const text = clean(raw);
  if (!text) return null;
  const root = new URL("./", siteRoot);
  let url: URL;
  try {
    url = new URL(text, root);
  } catch {
    return null;
  }
  const own = isHttp(url) && url.origin === root.origin && !url.username && !url.password && url.pathname.startsWith(root.pathname);
  return own ? url : null;
}

/** Why `raw` is refused as a site's own public address (`SITE_URL`), or null if it is one. */
export function siteAddressProblem(raw: string): string | null {
  if (hasUnsafeCharacter(raw)) return "holds a control character or a backslash";
  if (!URL.canParse(raw)) return "is not an absolute URL";
  const url = new URL(raw);
  if (!isHttp(url)) return "is not an http(s) address";
  if (url.username || url.password) return "holds a user name or password, which would be published on every page";
  if (!raw.endsWith("/") || url.search || url.hash) return 'must be the site\'s folder, ending in "/" (no query or fragment)';
  return null;
}
