import { format, isValid } from "date-fns";
import { formatDeepYear, scaleFor, timeToYear, yearToTime } from "./deepTime.ts";
import { dateLocaleOf, localizeDigits, translator, type Language } from "./i18n/i18n.ts";

/** How precisely a dataset date is known: the string's own shape says it. */
export type Precision = "year" | "month" | "day" | "minute" | "second";

export interface PartialDate {
  /** The string as written in the data, e.g. "2020-07": also valid for `<time datetime>`. */
  text: string;
  precision: Precision;
  /** Local midnight at the start of the year, month or day. */
  start: Date;
  /** Local midnight just after the year, month or day ends (exclusive). */
  end: Date;
  /** On a timeline that reaches years beyond a JavaScript date's (deepTime.ts): the years one year of
   * `start` and `end` stands for, which are then places on that timeline's scaled axis, not calendar
   * dates (the text keeps the date). Absent on every other timeline. */
  scale?: number;
}

/** A day in milliseconds, for window arithmetic (calendar dates themselves go through date-fns). */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, then a time of day `THH:MM` or `THH:MM:SS`; a year before
 * the common era is negative, with at least four digits (ISO 8601's expanded form: `-0500`). A year
 * beyond a JavaScript date's (deep time, up to twelve digits) is a year alone: `-13800000000`. */
const DATE_PATTERN = /^(-?\d{4,12})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;

/** Parses a dataset date (see DATE_PATTERN); returns null for anything else, including dates
 * and times that do not exist (`2024-02-30`, `2024-13`, `T24:00`). */
export function parsePartialDate(text: string): PartialDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year === 0 && match[1]!.startsWith("-")) return null;
  const [month, day, hour, minute, second] = match.slice(2).map((part) => (part === undefined ? undefined : Number(part)));
  // Beyond the years a JavaScript date holds (about 271,821 BCE to 275,760 CE): a year of deep time.
  if (!isValid(localDate(year, 0, 1)) || !isValid(localDate(year + 1, 0, 1))) {
    return month === undefined
      ? onScale({ text, precision: "year", start: new Date(NaN), end: new Date(NaN) }, scaleFor(year), year)
      : null;
  }
  if (month === undefined) {
    return { text, precision: "year", start: localDate(year, 0, 1), end: localDate(year + 1, 0, 1) };
  }
  if (month < 1 || month > 12) return null;
  if (day === undefined) {
    return { text, precision: "month", start: localDate(year, month - 1, 1), end: localDate(year, month, 1) };
  }
  const start = localDate(year, month - 1, day);
  if (!isValid(start) || start.getMonth() !== month - 1 || start.getDate() !== day) return null;
  if (hour === undefined) return { text, precision: "day", start, end: localDate(year, month - 1, day + 1) };
  if (hour > 23 || minute! > 59 || (second ?? 0) > 59) return null;
  const at = localDate(year, month - 1, day, hour, minute!, second ?? 0);
  const precision = second === undefined ? "minute" : "second";
  return { text, precision, start: at, end: new Date(at.getTime() + (precision === "minute" ? 60_000 : 1000)) };
}

/** `text` (a dataset date) as a machine may read it, in HTML's `<time datetime>` and schema.org's
 * ISO 8601 dates, or undefined where it has no such form. Both want a year of the common era written
 * with four digits: a year before it (`-0500`, `-13800000000`) or beyond 9999 has none (HTML takes
 * no negative year; ISO 8601 writes one only in an expanded form both sides must agree on). With
 * `end`, the span `start/end`, undefined if either end has no such form. */
export function machineDate(text: string, end?: string): string | undefined {
  const readable = (date: string) => /^\d{4}(?:-|$)/.test(date) && !date.startsWith("0000");
  if (!readable(text) || (end !== undefined && !readable(end))) return undefined;
  return end === undefined ? text : `${text}/${end}`;
}

function localDate(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const date = new Date(year, month, day, hour, minute, second);
  date.setFullYear(year, month, day); // years below 100 would otherwise map to 19xx
  return date;
}

/** `date` placed on a timeline's scale (deepTime.ts): its start and end as the years they stand
 * for, divided by `scale`. The same date where it already is. */
export function onScale(date: PartialDate, scale: number, deepYear?: number): PartialDate {
  if ((date.scale ?? 1) === scale) return date;
  const years = (time: Date) => timeToYear(time.getTime(), date.scale ?? 1);
  const [start, end] = deepYear === undefined ? [years(date.start), years(date.end)] : [deepYear, deepYear + 1];
  return { ...date, start: new Date(yearToTime(start, scale)), end: new Date(yearToTime(end, scale)), scale };
}

/** Whether `a` starts before `b`, on whatever scale each is. */
export function isBefore(a: PartialDate, b: PartialDate): boolean {
  const scale = Math.max(a.scale ?? 1, b.scale ?? 1);
  return onScale(a, scale).start < onScale(b, scale).start;
}

/** Each precision's pattern, the year apart (see yearText) and the time of day after the
 * language's own separator ("، " in Arabic and Persian, where date-fns's `ar` writes a Latin comma). */
const DISPLAY_FORMAT: Record<Precision, [string, string]> = {
  year: ["", ""],
  month: ["MMMM ", ""],
  day: ["d MMMM ", ""],
  minute: ["d MMMM ", "HH:mm"],
  second: ["d MMMM ", "HH:mm:ss"],
};

/** "2020"; "500 BCE" for a negative year (the historians' count: -500 is 500 BCE). */
function yearText(year: number, lang: Language): string {
  return year < 0 ? translator(lang)("yearBce", { year: String(-year) }) : String(year);
}

/** "2020", "July 2020", "30 May 2024", "30 May 2024, 14:05", "500 BCE": never more precise than
 * the data; in the interface language, with its month names and digits. */
export function formatPartialDate(date: PartialDate, lang: Language = "en"): string {
  if (date.scale !== undefined) {
    // A place on a scaled axis: the date itself is the one its text writes.
    const calendar = parsePartialDate(date.text)!;
    if (calendar.scale !== undefined) return formatDeepYear(Number(date.text), lang);
    date = calendar;
  }
  // Tens of thousands of years written as deep time writes them beside them, on a scaled axis or
  // not (a source's list of events reads the date's text): "200,000 BCE", never "200000 BCE".
  if (date.precision === "year" && Math.abs(date.start.getFullYear()) >= 10_000) return formatDeepYear(date.start.getFullYear(), lang);
  const [before, after] = DISPLAY_FORMAT[date.precision];
  const part = (pattern: string) => (pattern ? format(date.start, pattern, { locale: dateLocaleOf(lang) }) : "");
  const time = after ? `${translator(lang)("dateTimeSeparator")}${part(after)}` : "";
  return localizeDigits(`${part(before)}${yearText(date.start.getFullYear(), lang)}${time}`, lang);
}

/** Formats a dataset date string, or says it is not stated. */
export function formatDateText(text: string | null, lang: Language = "en"): string {
  if (text === null) return translator(lang)("notStated");
  const date = parsePartialDate(text);
  return date ? formatPartialDate(date, lang) : text;
}

/** "July 2020 – May 2024", or just the start when there is no end. */
export function formatDateRange(start: PartialDate, end: PartialDate | null, lang: Language = "en"): string {
  return end ? `${formatPartialDate(start, lang)} – ${formatPartialDate(end, lang)}` : formatPartialDate(start, lang);
}

/** A period's span: "August 2021 – 19 May 2024", or an open end the sources do not date. */
export function formatPeriodDates(period: { start: PartialDate; end: PartialDate | null }, lang: Language = "en"): string {
  const end = period.end ? formatPartialDate(period.end, lang) : translator(lang)("endNotStated");
  return `${formatPartialDate(period.start, lang)} – ${end}`;
}

/** A time-axis label: "2021", "500 BCE"; "Apr", or "Jan 2024" where a year begins; "14 Oct";
 * "17:15", "17:17:30"; on a
 * timeline of deep time drawn at `scale`, the year the place stands for ("4 billion years ago"). */
export function formatAxisTick(
  date: Date,
  precision: "year" | "month" | "day" | "minute" | "second",
  lang: Language = "en",
  scale = 1,
): string {
  if (scale !== 1) return formatDeepYear(Math.round(timeToYear(date.getTime(), scale)), lang);
  if (precision === "minute" || precision === "second")
    return localizeDigits(format(date, precision === "minute" ? "HH:mm" : "HH:mm:ss"), lang);
  const year = yearText(date.getFullYear(), lang);
  const locale = dateLocaleOf(lang);
  const text =
    precision === "year"
      ? year
      : precision === "day"
        ? format(date, "d MMM", { locale })
        : date.getMonth() === 0
          ? `${format(date, "MMM", { locale })} ${year}`
          : format(date, "MMM", { locale });
  return localizeDigits(text, lang);
}
