import { DatasetError } from "./datasetError.ts";
import { describeJsonError, validateDataset } from "./parse.ts";
import type { Dataset } from "./schema";
import type { ConvertTimelineJs, DatasetFormat, DetectedFile } from "./datasetFormat";
import type { ImportReport } from "./timelineJs/timelineJsTypes";
import type { ImportNotice } from "./importNotices";

/** A dataset read: validated, with the native format's JSON it was read as, and what an import
 * kept and left out (its report, and its notices for the reader). */
export interface ReadDataset {
  dataset: Dataset;
  json: unknown;
  format: DatasetFormat;
  report: ImportReport | null;
  notices: ImportNotice[];
}

const ACCEPTED =
  "This explorer reads its own timeline format (JSON: see \"Dataset format\" in the project's docs/format.md), a TimelineJS JSON file, or a CSV exported from TimelineJS's spreadsheet template.";

/** Which of the three formats `text` is in; `file` names it in messages. */
export function detectFormat(text: string, file: string): DetectedFile {
  if (text.trim() === "") throw new DatasetError(`The dataset ${file} is empty.`);
  const body = text.replace(/^\uFEFF/, "");
  const start = body.trimStart();
  if (/^<(?:!doctype|html|head|body|\?xml)/i.test(start)) {
    throw new DatasetError(
      `There is no dataset at ${file}: the server answered with a web page instead (a static host sends its own page for an address it does not have). Check the path.`,
    );
  }
  if (start.startsWith("{") || start.startsWith("[")) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new DatasetError(`The dataset ${file} is not valid JSON: ${describeJsonError(error, body)}.`);
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) return { format: "native", json };
    // Ours says so (`version`, `sources`); TimelineJS's has slides; anything else, we do not read.
    if ("version" in json || "sources" in json) return { format: "native", json };
    if (isTimelineJs(json)) return { format: "TimelineJS JSON", json };
    // Neither TimelineJS's shape nor one that says it is ours: say what is accepted, not a list of schema errors.
    if (!("events" in json)) throw new DatasetError(`${file} is JSON, but neither a timeline dataset nor a TimelineJS file. ${ACCEPTED}`);
    return { format: "native", json };
  }
  if (/^[^\n]*,/.test(start)) return { format: "TimelineJS spreadsheet (CSV)", text: start };
  throw new DatasetError(`${file} is not in a format this explorer reads. ${ACCEPTED}`);
}

/** TimelineJS's shape: `events` of slides with `start_date` or `text`, and no `version`. */
function isTimelineJs(json: object): boolean {
  const { events } = json as { events?: unknown };
  return (
    Array.isArray(events) &&
    events.some((slide) => typeof slide === "object" && slide !== null && ("start_date" in slide || "text" in slide))
  );
}

/** The dataset in a detected file; `convert` is given where the file is TimelineJS's. */
export function readDetected(file: DetectedFile, name: string, convert: ConvertTimelineJs | null): ReadDataset {
  const { json, report, notices } = file.format === "native" ? { json: file.json, report: null, notices: [] } : convert!(file, name);
  return { dataset: validateDataset(json, name), json, format: file.format, report, notices };
}

/** Reads a dataset file in any of the three formats, for the browser: TimelineJS's converter is
 * loaded only for a file that needs it. Every failure is a DatasetError. */
export const readDataset = (text: string, name: string): Promise<ReadDataset> => readFile(detectFormat(text, name), name);

/** `readDataset` of a file whose format is detected already. */
export async function readFile(file: DetectedFile, name: string): Promise<ReadDataset> {
  const convert = file.format === "native" ? null : (await import("./timelineJs/convert.ts")).convertTimelineJs;
  return readDetected(file, name, convert);
}

/** A file's bytes as text: UTF-8, strictly. A file in another encoding (UTF-16, Windows-1252) or
 * no text at all (a picture renamed `.json`) is refused, saying which, rather than shown garbled. */
export function decodeDataset(bytes: Uint8Array, name: string): string {
  const other = otherKindOf(bytes);
  if (other) throw new DatasetError(`The dataset ${name} ${other}`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetError(
      `The dataset ${name} is not UTF-8 text (it may be saved in another encoding, such as Windows-1252): save it as UTF-8 and try again.`,
    );
  }
}

/** Files that are text in UTF-16 or not text at all, told by their first bytes. */
const SIGNATURES: readonly [readonly number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (an .xlsx or .docx file is one)"],
  [[0x1f, 0x8b], "a gzip archive"],
];

function otherKindOf(bytes: Uint8Array): string | null {
  const starts = (signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts([0xff, 0xfe]) || starts([0xfe, 0xff]))
    return 'is UTF-16 text: save it as UTF-8 (in most editors, "Save as", encoding UTF-8) and try again.';
  const signature = SIGNATURES.find(([bytes]) => starts(bytes));
  if (signature) return `is not a text file: it looks like ${signature[1]}. Open a timeline's JSON or CSV file.`;
  // UTF-16 without its mark: every other byte of ASCII text is a NUL.
  const head = bytes.subarray(0, 512);
  const nuls = head.filter((byte) => byte === 0).length;
  if (nuls > 0 && nuls >= head.length / 4) {
    return head[0] === 0 || head[1] === 0
      ? 'is UTF-16 text: save it as UTF-8 (in most editors, "Save as", encoding UTF-8) and try again.'
      : "is not a text file. Open a timeline's JSON or CSV file.";
  }
  return null;
}
