import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Plugin } from "vite";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { pickDeepLinkSnapshot, snapshotApplies } from "./src/prerender/snapshotGate.ts";
import { trimVisLocales } from "./src/features/timeline/trimVisLocales.ts";

const DATA_DIR = "data";
const DEFAULT_DATASET = "timeline.json";

/** The file the site is built around (the default dataset, prerendered into the page):
 * `data/timeline.json`, or the one `TIMELINE_DATA` names, so a newsroom can publish its own
 * timeline without touching the repo's. */
function readDefaultDataset(): string {
  const path = process.env.TIMELINE_DATA || join(DATA_DIR, DEFAULT_DATASET);
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(
      `The dataset to build with (${process.env.TIMELINE_DATA ? "TIMELINE_DATA=" : ""}${path}) cannot be read: ${(error as Error).message}`,
    );
  }
}

/** Serves `data/` at `/data/` in dev and copies it into `dist/data/` on build,
 * so the dataset lives at the repo's top level yet ships with the static site. */
function datasetFiles(): Plugin {
  return {
    name: "dataset-files",
    configureServer(server) {
      server.middlewares.use("/data/", (req, res, next) => {
        const name = decodeURIComponent((req.url ?? "").split("?")[0]!.replace(/^\//, ""));
        if (!/^[\w.-]+\.json$/.test(name)) return next();
        try {
          res.setHeader("Content-Type", "application/json");
          res.end(name === DEFAULT_DATASET ? readDefaultDataset() : readFileSync(join(DATA_DIR, name)));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of new Set([DEFAULT_DATASET, ...readdirSync(DATA_DIR).filter((n) => n.endsWith(".json"))])) {
        const source = name === DEFAULT_DATASET ? readDefaultDataset() : readFileSync(join(DATA_DIR, name));
        this.emitFile({ type: "asset", fileName: `data/${name}`, source });
      }
    },
  };
}

/** The policy the built page runs under. `frame-ancestors` cannot be set from a
 * meta tag: hosts that can send headers should add it (see the README). The page's inline
 * scripts (the prerender's gate and deep-link pick) are allowed by their hashes, never by
 * 'unsafe-inline'. */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)].join(" "),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Adds the CSP meta to the built page only (the dev server needs inline scripts for hot reload),
 * last, so it can hash the inline scripts the other plugins put in. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
          ([, body]) => `sha256-${createHash("sha256").update(body!).digest("base64")}`,
        );
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`;
        return html.replace("<head>", `<head>\n    ${meta}`);
      },
    },
  };
}

/** Puts the explorer's opening view of the bundled dataset into the built page, so the events are
 * on screen before any script has run (see src/prerender/), and, for a small dataset, the view of
 * each deep link, which a script after them swaps in when the hash names one. A gate in the head
 * hides it all where the address asks for something else (another dataset, language, filter or
 * the embed). */
function prerenderedPage(): Plugin {
  return {
    name: "prerendered-page",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        const server = await createServer({
          configFile: false,
          logLevel: "error",
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: "custom",
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        let snapshot: string;
        let deepLinks: string;
        let head: string;
        try {
          const { renderSnapshot, deepLinkHashes, renderHead } = await server.ssrLoadModule("/src/prerender/renderSnapshot.tsx");
          const json = readDefaultDataset();
          head = renderHead(json);
          snapshot = renderSnapshot(json);
          // Hashes are ids made URL-safe by the schema and encodeURIComponent: safe in an attribute.
          deepLinks = (deepLinkHashes(json) as string[])
            .map((hash) => `<template data-snapshot-hash="${hash}">${renderSnapshot(json, hash)}</template>`)
            .join("");
        } catch (error) {
          // An invalid dataset still builds: the app reports what is wrong, where, in the page.
          const { message, details = [] } = error as Error & { details?: string[] };
          this.warn(`No prerendered page: ${[message, ...details].join("\n  ")}`);
          return html;
        } finally {
          await server.close();
        }
        const gate = `if (!(${snapshotApplies})(location.search, navigator.languages || [navigator.language])) document.documentElement.classList.add("no-snapshot");`;
        return html
          .replace(/\s*<meta name="description"[^>]*>/, "")
          .replace(/<title>[^<]*<\/title>/, `${head}\n    <script data-snapshot-gate>${gate}</script>`)
          .replace(
            '<div id="root"></div>',
            `<div id="root" data-snapshot>${snapshot}</div>${deepLinks}<script data-snapshot-pick>(${pickDeepLinkSnapshot})();</script>`,
          );
      },
    },
  };
}

/** Starts the default dataset's download as soon as the HTML arrives, not after the app starts.
 * (vis-timeline's chunk is not preloaded: the first view doesn't need it, and its 180 KiB would
 * compete with what does.) */
function earlyDataset(): Plugin {
  return {
    name: "early-dataset",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "link",
        attrs: { rel: "preload", href: "./data/timeline.json", as: "fetch", type: "application/json", crossorigin: "anonymous" },
        injectTo: "head",
      },
    ],
  };
}

/** Keeps vis-timeline from copying 40 locales into every item (see trimVisLocales). */
function visTimelineLocales(): Plugin {
  return {
    name: "vis-timeline-locales",
    transform: {
      filter: { id: /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]/ },
      handler: (code) => ({ code: trimVisLocales(code), map: null }),
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any folder of any static host.
  base: "./",
  plugins: [react(), visTimelineLocales(), datasetFiles(), earlyDataset(), prerenderedPage(), contentSecurityPolicyMeta()],
  // One stylesheet, linked from the page: the prerendered view needs all of it before its first frame.
  build: { target: "es2022", sourcemap: true, cssCodeSplit: false },
  preview: { port: 4173, strictPort: true },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node" },
});
