import { createServer, type Plugin } from "vite";
import { pickDeepLinkSnapshot, snapshotApplies } from "../src/prerender/snapshotGate.ts";
import { readDefaultDataset } from "./dataset.ts";
import { itemBoxStylesheet } from "./itemBoxCss.ts";

/** What the prerender module (`src/prerender/renderSnapshot.tsx`) renders for one dataset. */
export interface PrerenderedViews {
  /** The `<title>` and description for the head. */
  head: string;
  /** The opening view. */
  snapshot: string;
  /** Each deep link's view, by its hash (ids made URL-safe by the schema and encodeURIComponent). */
  deepLinks: { hash: string; html: string }[];
}

/** `html` with the prerendered views in place: the head's title, the gate that hides the views
 * where the address asks for something else, the opening view in the root, and the deep links'
 * views in templates that the pick script swaps in. */
export function withPrerenderedViews(html: string, { head, snapshot, deepLinks }: PrerenderedViews): string {
  const gate = `if (!(${snapshotApplies})(location.search, navigator.languages || [navigator.language])) document.documentElement.classList.add("no-snapshot");`;
  const templates = deepLinks.map(({ hash, html }) => `<template data-snapshot-hash="${hash}">${html}</template>`).join("");
  return html
    .replace(/\s*<meta\s+name="description"[^>]*>/, "")
    .replace(/<title>[^<]*<\/title>/, `${head}\n    <script data-snapshot-gate>${gate}</script>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-snapshot>${snapshot}</div>${templates}<script data-snapshot-pick>(${pickDeepLinkSnapshot})();</script>`,
    );
}

/** Renders the views of `json` with the app's own components, through a throw-away Vite server. */
async function renderViews(json: string): Promise<PrerenderedViews> {
  const server = await createServer({
    configFile: false,
    logLevel: "error",
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: "custom",
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [itemBoxStylesheet()],
  });
  try {
    const { renderSnapshot, deepLinkHashes, renderHead } = await server.ssrLoadModule("/src/prerender/renderSnapshot.tsx");
    return {
      head: renderHead(json),
      snapshot: renderSnapshot(json),
      deepLinks: (deepLinkHashes(json) as string[]).map((hash) => ({ hash, html: renderSnapshot(json, hash) })),
    };
  } finally {
    await server.close();
  }
}

/** Puts the explorer's opening view of the default dataset into the built page, so the events are
 * on screen before any script has run (see src/prerender/), and, for a small dataset, the view of
 * each deep link. An invalid dataset still builds, without them: the app reports what is wrong,
 * where, in the page. */
export function prerenderedPage(): Plugin {
  return {
    name: "prerendered-page",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        const json = readDefaultDataset();
        try {
          return withPrerenderedViews(html, await renderViews(json));
        } catch (error) {
          const { message, details = [] } = error as Error & { details?: string[] };
          this.warn(`No prerendered page: ${[message, ...details].join("\n  ")}`);
          return html;
        }
      },
    },
  };
}
