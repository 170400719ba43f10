import { DatasetError } from "./datasetError";
import { datasetSchema, formatPath, type Dataset } from "./schema";

const MAX_LISTED_PROBLEMS = 20;

/** Checks that `json` is a dataset in the native format; `file` names it in messages. */
export function validateDataset(json: unknown, file: string): Dataset {
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
