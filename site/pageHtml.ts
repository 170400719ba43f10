import { pickDeepLinkSnapshot, snapshotApplies } from "../src/hydrate/snapshotGate.ts";

/** What goes into one built page: its head, its view, and (the opening page) each deep link's view. */
export interface PrerenderedViews {
  /** The page's `<title>`, description, canonical, Open Graph and oEmbed tags. */
  head: string;
  /** The page's own view. */
  snapshot: string;
  /** Each deep link's view, by its hash (ids made URL-safe by the schema and encodeURIComponent). */
  deepLinks: { hash: string; html: string }[];
  /** The page's view embedded (`?embed=1`): the compact layout. */
  embed: string;
}

/** `html` with the prerendered views in place: the head's tags, the gate that hides the views
 * where the address asks for something else, the page's view in the root, and its compact view and
 * the deep links' views in templates that the pick script swaps in. */
export function withPrerenderedViews(html: string, { head, snapshot, deepLinks, embed }: PrerenderedViews): string {
  const gate = `if (!(${snapshotApplies})(location.search, location.hash, navigator.languages || [navigator.language])) document.documentElement.classList.add("no-snapshot");`;
  const templates =
    `<template data-snapshot-embed>${embed}</template>` +
    deepLinks.map(({ hash, html }) => `<template data-snapshot-hash="${hash}">${html}</template>`).join("");
  return html
    .replace(/\s*<meta\s+name="description"[^>]*>/, "")
    .replace(/<title>[^<]*<\/title>/, () => `${head}\n    <script data-snapshot-gate>${gate}</script>`)
    .replace(
      '<div id="root"></div>',
      () => `<div id="root" data-snapshot>${snapshot}</div>${templates}<script data-snapshot-pick>(${pickDeepLinkSnapshot})();</script>`,
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
