import { DatasetError } from "../../dataset/datasetError";
import { readDatasetNow } from "../../dataset/readDatasetNow";

/** `npm run import`'s work: any of the three formats in, the native format out (validated as the
 * browser validates it), with a short report of what was kept and what was left out. */
export function importDataset(text: string, file: string): { json: string; report: string } {
  // The same reader, checks and messages as the browser's.
  const { json, format, report } = readDatasetNow(text, file);
  const native = JSON.stringify(json, null, 2);
  if (!report) return { json: native, report: `${file} is already in the native format: written out unchanged.` };
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `Imported ${file} (${format}): ${count(report.events, "event")}, ${count(report.periods, "period")}, ${count(report.categories, "category", "categories")}.`,
    `Links kept as links: ${report.links}. Media on other sites, kept as links (never loaded): ${report.mediaLinked}.`,
    report.skipped.length
      ? `Skipped, as TimelineJS skips them: ${count(report.skipped.length, "slide")} without a start date (${report.skipped.join("; ")}).`
      : "Skipped: nothing.",
  ];
  return { json: native, report: lines.join("\n") };
}

/** The message for a file that cannot be imported: the browser's, with its details. */
export function describeImportError(error: unknown): string {
  if (error instanceof DatasetError) return [error.message, ...error.details.map((d) => `  ${d}`)].join("\n");
  return error instanceof Error ? error.message : String(error);
}
