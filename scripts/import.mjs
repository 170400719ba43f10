#!/usr/bin/env node
// `npm run import -- <file.json|file.csv>`: a TimelineJS JSON file or spreadsheet CSV (or a native
// dataset) in, the native dataset on standard output, a short report on standard error. The work
// is typed code (importDataset.ts, importing the app's own reader), run through Vite as the
// build's prerender is; this file only hands it the command line and the process's streams.
import { readFileSync } from "node:fs";
import { loadAppModule } from "../site/appModule.mjs";

const { module, close } = await loadAppModule(new URL("./importDataset.ts", import.meta.url));
try {
  process.exitCode = module.runImport(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, "utf8"),
    out: (text) => process.stdout.write(text),
    err: (text) => console.error(text),
  });
} finally {
  await close();
}
