import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

const DATA_DIR = "data";

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
          res.end(readFileSync(join(DATA_DIR, name)));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(DATA_DIR).filter((n) => n.endsWith(".json"))) {
        this.emitFile({ type: "asset", fileName: `data/${name}`, source: readFileSync(join(DATA_DIR, name)) });
      }
    },
  };
}

/** The policy the built page runs under. `frame-ancestors` cannot be set from a
 * meta tag: hosts that can send headers should add it (see the README). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Adds the CSP meta to the built page only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
    ],
  };
}

/** Starts the two slow downloads as soon as the HTML arrives, not after React mounts:
 * the default dataset, and the vis-timeline chunk (which the app imports lazily). */
function earlyDownloads(): Plugin {
  return {
    name: "early-downloads",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const timelineChunks = Object.values(ctx.bundle ?? {}).filter(
          (c) => c.type === "chunk" && c.isDynamicEntry && c.name === "TimelineView",
        );
        return [
          {
            tag: "link",
            attrs: { rel: "preload", href: "./data/timeline.json", as: "fetch", type: "application/json", crossorigin: "anonymous" },
            injectTo: "head",
          },
          ...timelineChunks.map((c) => ({
            tag: "link",
            attrs: { rel: "modulepreload", href: `./${c.fileName}` },
            injectTo: "head" as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any folder of any static host.
  base: "./",
  plugins: [react(), datasetFiles(), contentSecurityPolicy(), earlyDownloads()],
  build: { target: "es2022", sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node" },
});
