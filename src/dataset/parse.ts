import { DatasetError } from "./datasetError.ts";
import { datasetSchema, formatPath, type Dataset } from "./schema.ts";
import { onOneScale } from "./timeScale.ts";
import { languageOfScript } from "../lib/scriptLanguage.ts";

const MAX_LISTED_PROBLEMS = 20;

/** Checks that `json` is a dataset in the native format; `file` names it in messages. */
export function validateDataset(json: unknown, file: string): Dataset {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new DatasetError(
      `The dataset ${file} must be a JSON object with "events", "sources" and "categories"; it is ${describeType(json)}.`,
    );
  }
  const malformed = malformedText(json);
  if (malformed.length) {
    throw new DatasetError(
      `The dataset ${file} holds text that cannot be shown: a NUL character or half of a UTF-16 surrogate pair, which breaks every page it is on.`,
      bounded(malformed.map((path) => `${path}: malformed text`)),
    );
  }
  const checked = checkDataset(json);
  if (checked.dataset) return withScriptLanguage(checked.dataset);
  const problems = checked.problems.map(({ path, message }) => `${path}: ${message}`);
  const listed = bounded(problems);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  throw new DatasetError(`The dataset ${file} does not match the timeline format (${count}).`, listed);
}

/** The most events whose titles are read for a dataset's script: enough to tell it, bounded for a large log. */
const SCRIPT_SAMPLE = 200;

/** A dataset that names no language is in the one its script says (Hebrew "he", Persian "fa"…), as
 * a TimelineJS import is (timelineJs.ts), rather than marked English; Latin says nothing and leaves
 * it as it is. */
function withScriptLanguage(dataset: Dataset): Dataset {
  if (dataset.languages.length > 0) return dataset;
  const sample = dataset.events.slice(0, SCRIPT_SAMPLE).map((event) => event.title);
  const code = languageOfScript([dataset.title, dataset.description ?? "", ...sample]);
  return code ? { ...dataset, languages: [{ code, name: null, translator: null, method: null, reviewed: false }] } : dataset;
}

/** A rule of the format that a dataset breaks, at its path (`events[3].date`). */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** The dataset, or every problem with it, unbounded and each at its path: what the studio shows
 * beside each field, in the words the explorer uses. */
export function checkDataset(json: unknown): { dataset: Dataset; problems: [] } | { dataset: null; problems: DatasetProblem[] } {
  const result = datasetSchema.safeParse(json);
  if (result.success) return { dataset: onOneScale(result.data), problems: [] };
  return {
    dataset: null,
    problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path) || "(top level)", message: issue.message })),
  };
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

/** The first problems, one a line, and how many more: no message grows with its input. */
function bounded(problems: string[]): string[] {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > listed.length) listed.push(`… and ${problems.length - listed.length} more`);
  return listed;
}

/** A NUL, or a lone surrogate (a UTF-16 half that no browser, renderer or hydration agrees on). */
// eslint-disable-next-line no-control-regex -- the NUL is what it looks for
const MALFORMED = /\u0000|\p{Cs}/u;
// `isWellFormed` (ES2024) is many times faster than the pattern where a browser has it.
const wellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;
const isMalformed = (text: string): boolean => (wellFormed ? text.includes("\u0000") || !wellFormed.call(text) : MALFORMED.test(text));

/** The paths of every string in `json` (keys included) that is not well-formed text. One path is
 * pushed and popped as the walk goes: a copy per value made every large file's check mostly garbage. */
function malformedText(json: unknown, path: (string | number)[] = [], found: string[] = []): string[] {
  if (typeof json === "string") {
    if (isMalformed(json)) found.push(formatPath(path) || "(top level)");
  } else if (Array.isArray(json)) {
    for (let i = 0; i < json.length; i++) {
      path.push(i);
      malformedText(json[i], path, found);
      path.pop();
    }
  } else if (typeof json === "object" && json !== null) {
    for (const [key, value] of Object.entries(json)) {
      path.push(key);
      if (isMalformed(key)) found.push(formatPath(path));
      malformedText(value, path, found);
      path.pop();
    }
  }
  return found;
}
