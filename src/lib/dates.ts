import { format, isValid } from "date-fns";
import { dateLocaleOf, localizeDigits, translator, type Language } from "./i18n/i18n";

/** How precisely a dataset date is known: the string's own shape says it. */
export type Precision = "year" | "month" | "day";

export interface PartialDate {
  /** The string as written in the data, e.g. "2020-07": also valid for `<time datetime>`. */
  text: string;
  precision: Precision;
  /** Local midnight at the start of the year, month or day. */
  start: Date;
  /** Local midnight just after the year, month or day ends (exclusive). */
  end: Date;
}

/** A day in milliseconds, for window arithmetic (calendar dates themselves go through date-fns). */
export const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else,
 * including dates that do not exist (`2024-02-30`, `2024-13`). */
export function parsePartialDate(text: string): PartialDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]) - 1;
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) {
    return { text, precision: "year", start: localDate(year, 0, 1), end: localDate(year + 1, 0, 1) };
  }
  if (month < 0 || month > 11) return null;
  if (day === undefined) {
    return { text, precision: "month", start: localDate(year, month, 1), end: localDate(year, month + 1, 1) };
  }
  const start = localDate(year, month, day);
  if (!isValid(start) || start.getMonth() !== month || start.getDate() !== day) return null;
  return { text, precision: "day", start, end: localDate(year, month, day + 1) };
}

function localDate(year: number, month: number, day: number): Date {
  const date = new Date(year, month, day);
  date.setFullYear(year); // years below 100 would otherwise map to 19xx
  return date;
}

const DISPLAY_FORMAT: Record<Precision, string> = {
  year: "yyyy",
  month: "MMMM yyyy",
  day: "d MMMM yyyy",
};

/** "2020", "July 2020", "30 May 2024": never more precise than the data; in the
 * interface language, with its month names and digits. */
export function formatPartialDate(date: PartialDate, lang: Language = "en"): string {
  return localizeDigits(format(date.start, DISPLAY_FORMAT[date.precision], { locale: dateLocaleOf(lang) }), lang);
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

/** A time-axis label: "2021"; "Apr", or "Jan 2024" where a year begins. */
export function formatAxisTick(date: Date, precision: "year" | "month", lang: Language = "en"): string {
  const pattern = precision === "year" ? "yyyy" : date.getMonth() === 0 ? "MMM yyyy" : "MMM";
  return localizeDigits(format(date, pattern, { locale: dateLocaleOf(lang) }), lang);
}
