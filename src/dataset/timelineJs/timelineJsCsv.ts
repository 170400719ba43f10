import Papa from "papaparse";
import { boundedList } from "../../lib/boundedList.ts";
import { ImportError, type TjsDate, type TjsSlide, type TjsTimeline } from "./timelineJsTypes.ts";

/** The columns of TimelineJS's Google Sheets template, as its CSV export names them. */
const COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Alt Text",
  "Type",
  "Group",
  "Background",
] as const;
type Column = (typeof COLUMNS)[number];
/** What a sheet needs at the least; older templates lack some of the others. */
const REQUIRED: Column[] = ["Year", "Headline"];
/** Older sheets' names for a column. */
const ALIASES: Record<string, Column> = { tag: "Group", "media credit": "Media Credit", "media caption": "Media Caption" };

/** Which slide a row became, and which field a column fills, so an error names the row (as the
 * spreadsheet numbers it: the header is row 1) and the column. */
export interface CsvOrigin {
  rows: number[];
  columnOf(field: string): string;
}

/** Reads a CSV exported from TimelineJS's spreadsheet template as a TimelineJS timeline.
 * papaparse does the CSV itself: quoted fields, embedded quotes and newlines, a byte-order mark. */
export function readTimelineJsCsv(
  text: string,
  file: string,
): { timeline: TjsTimeline; origin: CsvOrigin; eraRows: number[]; titlesDemoted: string[] } {
  if (text.includes("\uFFFD")) {
    throw new ImportError(
      `${file} is not UTF-8 text: it looks like a legacy encoding (such as Windows-1252), whose accented letters would come out wrong. Save it as UTF-8 (Google Sheets' File → Download → CSV does) and try again.`,
    );
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...rows] = parsed.data;
  if (!header) throw new ImportError(`${file} is empty.`);
  const index = columnIndex(header, file);

  const timeline: TjsTimeline = { events: [], eras: [] };
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  const titlesDemoted: string[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== "")) {
      throw new ImportError(
        `${file}, row ${row}: it has ${cells.length} fields but the header has ${header.length}: a field with a comma in it (often the headline or the text) must be in double quotes. Nothing was imported, so that no field lands in the wrong column.`,
      );
    }
    const cell = (column: Column) => {
      const at = index.get(column);
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    const slide = rowSlide(cell, row, file);
    const type = cell("Type").toLowerCase();
    // As TimelineJS 3.9.11 reads a sheet: the first title row titles it, a later one is a slide.
    if (type === "title" && !timeline.title) timeline.title = slide;
    else if (type === "era") {
      timeline.eras!.push(slide);
      eraRows.push(row);
    } else {
      if (type === "title") titlesDemoted.push(`${file}, row ${row}`);
      timeline.events.push(slide);
      eventRows.push(row);
    }
  });
  return { timeline, origin: { rows: eventRows, columnOf }, eraRows, titlesDemoted };
}

/** Where each of the template's columns is (by name, any case, older names too; the first of
 * two alike), or which required ones are missing. */
function columnIndex(header: string[], file: string): Map<Column, number> {
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    const column = COLUMNS.find((c) => c.toLowerCase() === key) ?? ALIASES[key];
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length) {
    throw new ImportError(
      `${file} lacks the column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")} of TimelineJS's spreadsheet template (row 1 has: ${boundedList(header.map((h) => h.trim()))}).`,
    );
  }
  return index;
}

/** One row as TimelineJS's slide. */
function rowSlide(cell: (column: Column) => string, row: number, file: string): TjsSlide {
  const date = (prefix: "" | "End "): TjsDate | undefined => {
    const year = cell(`${prefix}Year` as Column);
    if (!year) return undefined;
    return {
      year,
      month: cell(`${prefix}Month` as Column),
      day: cell(`${prefix}Day` as Column),
      ...time(cell(`${prefix}Time` as Column), row, `${prefix}Time`, file),
    };
  };
  return {
    start_date: date(""),
    end_date: date("End "),
    display_date: cell("Display Date"),
    text: { headline: cell("Headline"), text: cell("Text") },
    media: {
      url: cell("Media"),
      credit: cell("Media Credit"),
      caption: cell("Media Caption"),
      thumbnail: cell("Media Thumbnail"),
      alt: cell("Alt Text"),
    },
    group: cell("Group"),
    background: cell("Background"),
  };
}

/** The column a slide's field came from. */
const COLUMN_OF: Record<string, string> = {
  start_date: "Year",
  "start_date.year": "Year",
  "start_date.month": "Month",
  "start_date.day": "Day",
  "start_date.hour": "Time",
  "start_date.minute": "Time",
  "start_date.second": "Time",
  end_date: "End Year",
  "end_date.year": "End Year",
  "end_date.month": "End Month",
  "end_date.day": "End Day",
  "end_date.hour": "End Time",
  "end_date.minute": "End Time",
  "end_date.second": "End Time",
  "media.url": "Media",
};
const columnOf = (field: string) => COLUMN_OF[field] ?? field;

/** The `Time` column: `H:MM`, `H:MM:SS`, with or without am/pm. */
function time(text: string, row: number, column: string, file: string): Pick<TjsDate, "hour" | "minute" | "second"> {
  if (!text) return {};
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?m?\.?$/i.exec(text) ?? /^(\d{1,2}):(\d{2})(?::(\d{2}))?()$/.exec(text);
  if (!match)
    throw new ImportError(
      `${file}, row ${row}, column "${column}": "${text}" is not a time of day (write it as 14:30, 14:30:05 or 2:30 pm).`,
    );
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12))
    throw new ImportError(`${file}, row ${row}, column "${column}": "${text}" is not a time of day.`);
  if (hour > 23 || Number(match[2]) > 59 || Number(match[3] ?? 0) > 59) {
    throw new ImportError(`${file}, row ${row}, column "${column}": "${text}" is not a time of day.`);
  }
  if (meridiem === "p" && hour < 12) hour += 12;
  if (meridiem === "a" && hour === 12) hour = 0;
  return { hour, minute: match[2], ...(match[3] ? { second: match[3] } : {}) };
}
