import { fromTimelineJs, ImportError, type ImportReport, type TjsTimeline } from "./timelineJs";
import { readTimelineJsCsv } from "./timelineJsCsv";

/** The three formats the explorer reads, detected from the file itself, never declared. */
export type DatasetFormat = "native" | "TimelineJS JSON" | "TimelineJS spreadsheet (CSV)";

/** Why a file could not be read, in words a reader can act on (parse.ts makes it a DatasetError). */
export class UnreadableDataset extends Error {}

const ACCEPTED =
  'This explorer reads its own timeline format (JSON: see "Dataset format" in the README), a TimelineJS JSON file, or a CSV exported from TimelineJS\'s spreadsheet template.';

/** A dataset file's text as the native format's JSON (not yet validated), whichever of the three
 * formats it is in, and what an import kept and left out. */
export function readDatasetText(text: string, file: string): { json: unknown; format: DatasetFormat; report: ImportReport | null } {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (/^<(?:!doctype|html|head|body|\?xml)/i.test(start)) {
    throw new UnreadableDataset(
      `There is no dataset at ${file}: the server answered with a web page instead (a static host sends its own page for an address it does not have). Check the path.`,
    );
  }
  try {
    if (start.startsWith("{") || start.startsWith("[")) {
      const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
      if (!isTimelineJs(json)) {
        // Neither TimelineJS's shape nor one that says it is ours: say what is accepted, not a list of schema errors.
        const object = typeof json === "object" && json !== null && !Array.isArray(json);
        if (object && !("version" in json) && !("sources" in json) && !("events" in json))
          throw new UnreadableDataset(`${file} is JSON, but neither a timeline dataset nor a TimelineJS file. ${ACCEPTED}`);
        return { json, format: "native", report: null };
      }
      const format = "TimelineJS JSON";
      const where = (slide: number, field: string, era?: boolean) => `${file}, ${era ? "eras" : "events"}[${slide}].${field}`;
      const { dataset, report } = fromTimelineJs(json, file, format, where);
      return { json: dataset, format, report };
    }
    if (/^[^\n,]*,[^\n]*\n/.test(start) || /^[^\n]*,/.test(start)) {
      const format = "TimelineJS spreadsheet (CSV)";
      const { timeline, origin, eraRows } = readTimelineJsCsv(start, file);
      const where = (slide: number, field: string, era?: boolean) =>
        `${file}, row ${(era ? eraRows : origin.rows)[slide]}, column "${origin.columnOf(field)}"`;
      const { dataset, report } = fromTimelineJs(timeline, file, format, where);
      return { json: dataset, format, report };
    }
  } catch (error) {
    if (error instanceof ImportError) throw new UnreadableDataset(error.message);
    throw error;
  }
  throw new UnreadableDataset(`${file} is not in a format this explorer reads. ${ACCEPTED}`);
}

/** TimelineJS's shape: `events` of slides with `start_date` or `text`, and no `version`. */
function isTimelineJs(json: unknown): json is TjsTimeline {
  if (typeof json !== "object" || json === null || Array.isArray(json) || "version" in json) return false;
  const { events } = json as { events?: unknown };
  return (
    Array.isArray(events) &&
    events.some((slide) => typeof slide === "object" && slide !== null && ("start_date" in slide || "text" in slide))
  );
}

/** The reader `parseDataset` takes for the formats that are not its own. */
export const readImported = (text: string, file: string): unknown => readDatasetText(text, file).json;
