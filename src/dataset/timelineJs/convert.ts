import { DatasetError } from "../datasetError.ts";
import type { ConvertTimelineJs } from "../datasetFormat";
import { fromTimelineJs } from "./timelineJs.ts";
import type { TjsTimeline } from "./timelineJsTypes";
import { readTimelineJsCsv } from "./timelineJsCsv.ts";

/** A TimelineJS file (JSON or spreadsheet) as the native format's JSON, not yet validated, with
 * each problem located by slide, or by row and column. */
export const convertTimelineJs: ConvertTimelineJs = (file, name) => {
  try {
    if (file.format === "TimelineJS JSON") {
      const where = (slide: number, field: string, era?: boolean) => `${name}, ${era ? "eras" : "events"}[${slide}].${field}`;
      const { dataset, report, notices } = fromTimelineJs(file.json as TjsTimeline, name, file.format, where);
      return { json: dataset, report, notices };
    }
    const { timeline, origin, eraRows, titlesDemoted } = readTimelineJsCsv(file.text, name);
    const where = (slide: number, field: string, era?: boolean) =>
      `${name}, row ${(era ? eraRows : origin.rows)[slide]}, column "${origin.columnOf(field)}"`;
    const { dataset, report, notices } = fromTimelineJs(timeline, name, file.format, where, titlesDemoted);
    return { json: dataset, report, notices };
  } catch (error) {
    throw error instanceof DatasetError ? error : new DatasetError((error as Error).message);
  }
};
