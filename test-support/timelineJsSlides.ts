// What TimelineJS (3.9) shows of a file, counted here without the app's import code
// (src/dataset/timelineJs), so the corpus test checks the import against something it did not write.
//
// TimelineJS shows every slide whose start date has a year as a slide of the timeline. The title
// slide is not one of them, nor is an era. In a sheet exported from its Google Sheets template, the
// first row typed "title" is the title; a later one is shown as a slide (with a warning); a row
// typed "era" is an era; a row with no year is skipped; blank rows are nothing.

/** The slides of a file: how many the timeline shows, and the years its dates (ends included) reach. */
export interface Slides {
  count: number;
  firstYear: number;
  lastYear: number;
}

/** Counts the slides of a TimelineJS JSON file or template CSV (`name` ends in .json or .csv). */
export function countSlides(name: string, text: string): Slides {
  return name.endsWith(".csv") ? slidesOfSheet(text) : slidesOfJson(text);
}

interface JsonDate {
  year?: unknown;
}

function slidesOfJson(text: string): Slides {
  const file = JSON.parse(text) as { events?: { start_date?: JsonDate; end_date?: JsonDate }[] };
  const years: number[] = [];
  let count = 0;
  for (const event of file.events ?? []) {
    const start = yearOf(event.start_date?.year);
    if (start === undefined) continue;
    count += 1;
    years.push(start);
    const end = yearOf(event.end_date?.year);
    if (end !== undefined) years.push(end);
  }
  return span(count, years);
}

function slidesOfSheet(text: string): Slides {
  const [header = [], ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  const column = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [yearAt, endYearAt, typeAt] = [column("year"), column("end year"), column("type")];
  const years: number[] = [];
  let count = 0;
  let titled = false;
  for (const cells of rows) {
    if (cells.every((cell) => cell.trim() === "")) continue;
    const type = (cells[typeAt] ?? "").trim().toLowerCase();
    if (type === "title" && !titled) {
      titled = true;
      continue;
    }
    if (type === "era") continue;
    const start = yearOf(cells[yearAt]);
    if (start === undefined) continue;
    count += 1;
    years.push(start);
    const end = yearOf(cells[endYearAt]);
    if (end !== undefined) years.push(end);
  }
  return span(count, years);
}

/** A year as TimelineJS reads one: a number, or a string of digits with an optional minus (BCE). */
function yearOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || !/^\s*-?\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

function span(count: number, years: number[]): Slides {
  return { count, firstYear: Math.min(...years), lastYear: Math.max(...years) };
}

/** RFC 4180: fields split on commas, rows on line breaks, double quotes around a field that holds
 * either (a doubled quote inside is one quote). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}
