import { deepLinkPage, pickEmbedSnapshot, snapshotApplies } from "../src/hydrate/snapshotGate.ts";

/** What goes into one built page: its head, its views, and (the opening page) the deep links it sends on to pages. */
export interface PrerenderedViews {
  /** The page's `<title>`, description, canonical, Open Graph and oEmbed tags. */
  head: string;
  /** The page's own view. */
  snapshot: string;
  /** The hashes of the deep links that have a page of their own, which the head sends them on to
   * before anything is drawn (ids made URL-safe by the schema and encodeURIComponent). */
  pageHashes: string[];
  /** The page's view embedded (`?embed=1`): the compact layout. */
  embed: string;
  /** The language of a page in one of the site's languages (`ar/…`), drawn in it whatever the
   * browser prefers; absent for the original's pages. */
  pageLang?: string;
}

/** `html` with the prerendered views in place: the head's tags, the gate (which sends a deep link on
 * to its page, and hides the views where the address asks for something else), the page's view in
 * the root, and its compact view in a template that the pick script swaps in. */
export function withPrerenderedViews(html: string, { head, snapshot, pageHashes, embed, pageLang }: PrerenderedViews): string {
  // Leaving, the page shows and starts nothing (see main.tsx and app.css).
  const gate =
    `{ const page = (${deepLinkPage})(location.search, location.hash, ${JSON.stringify(pageHashes).replace(/</g, "\\u003c")});` +
    ` if (page) { location.replace(page); document.documentElement.classList.add("leaving"); }` +
    ` else if (!(${snapshotApplies})(location.search, location.hash, navigator.languages || [navigator.language], ${JSON.stringify(pageLang ?? null)})) document.documentElement.classList.add("no-snapshot"); }`;
  return html
    .replace(/\s*<meta\s+name="description"[^>]*>/, "")
    .replace(/<title>[^<]*<\/title>/, () => `${head}\n    <script data-snapshot-gate>${gate}</script>`)
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root" data-snapshot>${snapshot}</div><template data-snapshot-embed>${embed}</template><script data-snapshot-pick>(${pickEmbedSnapshot})();</script>`,
    );
}

/** The page template (before its views go in) moved to the page at `path` (`event/<id>/`: two folders down), its
 * own links (scripts, stylesheet, data, icon) pointing back up: the site still works from any
 * folder of any static host. */
export function atPagePath(html: string, path: string): string {
  const up = "../".repeat(path.split("/").filter(Boolean).length);
  if (!up) return html;
  return html.replace(/(\s(?:src|href))="\.\//g, `$1="${up}`);
}
