import { datasetSchema, formatPath, type Dataset } from "./schema";

/** Everything that can be wrong with a dataset, said in words a reader can act on. */
export class DatasetError extends Error {
  constructor(
    /** One line: what went wrong and with which file. */
    message: string,
    /** Each problem on its own line, with its path in the data. */
    readonly details: string[] = [],
    /** Whether trying again could help (network and server errors). */
    readonly retryable = false,
  ) {
    super(message);
    this.name = "DatasetError";
  }
}

const MAX_LISTED_PROBLEMS = 20;

/** Reads a file in one of TimelineJS's formats as the native format's JSON (src/features/import/). */
export type ImportReader = (text: string, file: string) => unknown;

/** Thrown for a file that is not in the native format when no import reader was given: the app
 * then loads the import (it is not in the bundle the native format needs) and tries again. */
export class NeedsImport extends Error {}

/** Parses and validates a dataset file's text; `file` names it in messages. A file in another
 * format (TimelineJS's JSON or spreadsheet, or none of them) goes to `readOther`. */
export function parseDataset(text: string, file: string, readOther?: ImportReader): Dataset {
  if (text.trim() === "") throw new DatasetError(`The dataset ${file} is empty.`);
  let json: unknown;
  const body = text.replace(/^\uFEFF/, "");
  const start = body.trimStart();
  try {
    json = start.startsWith("{") || start.startsWith("[") ? JSON.parse(body) : undefined;
  } catch (error) {
    throw new DatasetError(`The dataset ${file} is not valid JSON: ${describeJsonError(error, body)}.`);
  }
  // Ours says so (`version`, `sources`); anything else may be TimelineJS's, or nothing we read.
  const ours =
    json !== undefined && (typeof json !== "object" || json === null || Array.isArray(json) || "version" in json || "sources" in json);
  if (!ours) {
    if (!readOther) throw new NeedsImport(file);
    try {
      json = readOther(text, file);
    } catch (error) {
      throw error instanceof DatasetError ? error : new DatasetError((error as Error).message);
    }
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new DatasetError(
      `The dataset ${file} must be a JSON object with "events", "sources" and "categories"; it is ${describeType(json)}.`,
    );
  }
  const result = datasetSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${formatPath(issue.path) || "(top level)"}: ${issue.message}`);
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > listed.length) listed.push(`… and ${problems.length - listed.length} more`);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  throw new DatasetError(`The dataset ${file} does not match the timeline format (${count}).`, listed);
}

/** Parses a dataset in any format we read: the native one at once, TimelineJS's once their
 * reader (a chunk of its own, loaded only for them) has come. */
export async function parseAnyDataset(text: string, file: string): Promise<Dataset> {
  try {
    return parseDataset(text, file);
  } catch (error) {
    if (!(error instanceof NeedsImport)) throw error;
    const { readImported } = await import("../import/readDataset");
    return parseDataset(text, file, readImported);
  }
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `a ${typeof value}`;
}

/** JSON.parse's message, plus the line and column of the position it names. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split("\n");
  return `${message} (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}
