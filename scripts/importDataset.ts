import { DatasetError } from "../src/dataset/datasetError";
import { readDatasetNow } from "../src/dataset/readDatasetNow";
import type { ImportReport } from "../src/dataset/timelineJs/timelineJsTypes";
import { inEnglish, type ImportNotice } from "../src/dataset/importNotices";

/** `npm run import`'s work: any of the three formats in, the native format out (validated as the
 * browser validates it), with a short report of what was kept and what was left out. */
export function importDataset(text: string, file: string): { json: string; report: string } {
  // The same reader, checks and messages as the browser's.
  const { json, format, report, notices } = readDatasetNow(text, file);
  const native = JSON.stringify(json, null, 2);
  if (!report) return { json: native, report: `${file} is already in the native format: written out unchanged.` };
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `Imported ${file} (${format}): ${count(report.events, "event")}, ${count(report.periods, "period")}, ${count(report.categories, "category", "categories")}.`,
    `Links kept as links: ${report.links}. Media on other sites, kept as links (never loaded): ${report.mediaLinked}.`,
    report.skipped.length
      ? `Skipped, as TimelineJS skips them: ${count(report.skipped.length, "slide")} without a start date (${report.skipped.join("; ")}).`
      : "Skipped: nothing.",
    ...changes(report, count),
    // What the explorer says to its reader (in English here) that the lines above do not.
    ...inEnglish(notices.filter((notice) => SAID_BY_APP_ONLY.has(notice.code))).map((line) => line.replace(/[\u2068\u2069]/g, "")),
  ];
  return { json: native, report: lines.join("\n") };
}

/** The notices the lines of the report do not give already. */
const SAID_BY_APP_ONLY = new Set<ImportNotice["code"]>(["notRead", "language"]);

/** What the import changed as it read the file, a line each; nothing when it changed nothing. */
function changes(report: ImportReport, count: (n: number, one: string) => string): string[] {
  const lines = [];
  if (report.titlesDemoted.length)
    lines.push(
      `Title rows read as slides, as TimelineJS reads them: ${count(report.titlesDemoted.length, "row")} (${report.titlesDemoted.join("; ")}).`,
    );
  if (report.mediaDropped.length)
    lines.push(
      `Media left out (neither http(s) nor on this site): ${count(report.mediaDropped.length, "slide")} (${report.mediaDropped.join("; ")}).`,
    );
  if (report.idsChanged.length)
    lines.push(
      `unique_id changed to be unique and fit for an address: ${count(report.idsChanged.length, "slide")} (${report.idsChanged.join("; ")}).`,
    );
  if (report.formerIds)
    lines.push(`Ids other than TimelineJS's own (which keep working in links, as former ids): ${count(report.formerIds, "event")}.`);
  return lines;
}

/** The message for a file that cannot be imported: the browser's, with its details. */
export function describeImportError(error: unknown): string {
  if (error instanceof DatasetError) return [error.message, ...error.details.map((d) => `  ${d}`)].join("\n");
  return error instanceof Error ? error.message : String(error);
}

/** What the command reads and writes, given by its caller (a test gives its own). */
export interface CommandIo {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
}

/** `npm run import -- <file.json|file.csv>`: the native dataset on `out`, the report on `err`;
 * its exit code. */
export function runImport(args: readonly string[], io: CommandIo): number {
  const file = args[0];
  if (!file) {
    io.err("Usage: npm run import -- <file.json|file.csv> > data/your-timeline.json");
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.err(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const { json, report } = importDataset(text, file);
    io.out(`${json}\n`);
    io.err(report);
    return 0;
  } catch (error) {
    io.err(describeImportError(error));
    return 1;
  }
}
