import type { ImportNotice } from "./importNotices";
import type { ImportReport } from "./timelineJs/timelineJsTypes";

/** The three formats the explorer reads, detected from the file itself, never declared. */
export type DatasetFormat = "native" | "TimelineJS JSON" | "TimelineJS spreadsheet (CSV)";

/** A file's text once its format is known: JSON parsed (once), a spreadsheet as its text. */
export type DetectedFile =
  | { format: "native"; json: unknown }
  | { format: "TimelineJS JSON"; json: unknown }
  | { format: "TimelineJS spreadsheet (CSV)"; text: string };
export type TimelineJsFile = Exclude<DetectedFile, { format: "native" }>;

/** TimelineJS's converter (timelineJs/convert.ts): a chunk of its own, loaded only for its files. */
export type ConvertTimelineJs = (file: TimelineJsFile, name: string) => { json: unknown; report: ImportReport; notices: ImportNotice[] };
