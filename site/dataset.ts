import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Plugin } from "vite";
import { DEFAULT_DATASET } from "../src/dataset/datasetUrl.ts";

/** The folder the default dataset lives in, served and shipped under the same name. */
const DATA_DIR = dirname(DEFAULT_DATASET);
const DEFAULT_NAME = basename(DEFAULT_DATASET);

/** The file the site is built around (the default dataset, prerendered into the page):
 * `data/timeline.json`, or the one `TIMELINE_DATA` names, so a newsroom can publish its own
 * timeline without touching the repo's. */
export function readDefaultDataset(env: NodeJS.ProcessEnv = process.env): string {
  return readDatasetToBuild(env).bytes.toString("utf8");
}

/** That file's bytes, and the name messages give it (its path, as given). */
export function readDatasetToBuild(env: NodeJS.ProcessEnv = process.env): { label: string; bytes: Buffer } {
  const path = env.TIMELINE_DATA || DEFAULT_DATASET;
  try {
    return { label: path, bytes: readFileSync(path) };
  } catch (error) {
    throw new Error(
      `The dataset to build with (${env.TIMELINE_DATA ? "TIMELINE_DATA=" : ""}${path}) cannot be read: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/** The name a request under `/data/` asks for, or null for anything but a plain `.json` file name. */
export function datasetFileName(requestUrl: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(requestUrl.split("?")[0]!.replace(/^\//, ""));
  } catch {
    return null;
  }
  return /^[\w.-]+\.json$/.test(name) ? name : null;
}

/** Serves `data/` at `/data/` in dev and copies it into `dist/data/` on build,
 * so the dataset lives at the repo's top level yet ships with the static site. */
export function datasetFiles(): Plugin {
  const read = (name: string) => (name === DEFAULT_NAME ? readDefaultDataset() : readFileSync(join(DATA_DIR, name)));
  return {
    name: "dataset-files",
    configureServer(server) {
      server.middlewares.use(`/${DATA_DIR}/`, (req, res, next) => {
        const name = datasetFileName(req.url ?? "");
        if (!name) return next();
        try {
          const body = read(name);
          res.setHeader("Content-Type", "application/json");
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of new Set([DEFAULT_NAME, ...readdirSync(DATA_DIR).filter((n) => n.endsWith(".json"))])) {
        this.emitFile({ type: "asset", fileName: `${DATA_DIR}/${name}`, source: read(name) });
      }
    },
  };
}
