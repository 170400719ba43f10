#!/usr/bin/env node
// `npm run import -- <file.json|file.csv>`: a TimelineJS JSON file or spreadsheet CSV (or a native
// dataset) in, the native dataset on standard output, a short report on standard error.
import { readFileSync } from "node:fs";
import { loadAppModule } from "../site/appModule.mjs";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run import -- <file.json|file.csv> > data/your-timeline.json");
  process.exit(2);
}
let text;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(`Cannot read ${file}: ${error.message}`);
  process.exit(1);
}
// The import is the app's own code (src/features/import/), run as the build's prerender is.
const { module, close } = await loadAppModule("/src/features/import/importFile.ts");
try {
  const { json, report } = module.importDataset(text, file);
  process.stdout.write(`${json}\n`);
  console.error(report);
} catch (error) {
  console.error(module.describeImportError(error));
  process.exitCode = 1;
} finally {
  await close();
}
