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

export default defineConfig({
  // Relative base: dist/ works from any folder of any static host.
  base: "./",
  plugins: [react(), datasetFiles()],
  build: { target: "es2022", sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node" },
});
