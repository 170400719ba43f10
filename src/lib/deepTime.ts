// Deep time: years beyond what a JavaScript date holds (about 271,821 BCE to 275,760 CE), such as
// TimelineJS's cosmological examples (the Big Bang, 13.8 billion years ago). A timeline that holds
// one is drawn on a linear scale, as TimelineJS draws it: every date of that timeline is placed at
// its year divided by a power of ten (its `scale`), which vis-timeline and the first paint draw as
// dates, and the axis labels each place with the year it stands for. A timeline within the range of
// dates has the scale 1: its dates are calendar dates, unchanged.
import { translator, type Language } from "./i18n/i18n.ts";

/** The years a JavaScript date holds whole (both the year's start and the next year's). */
export const FIRST_DATE_YEAR = -271_820;
export const LAST_DATE_YEAR = 275_758;
/** The most years, before or after the common era, a date may be written with: beyond the age of the
 * universe and below where whole years are exact in a double. */
export const DEEPEST_YEAR = 999_999_999_999;
/** The most years a scaled date stands at from year 0: well within a date's range (half of it), with
 * room for vis-timeline's zoom out, the pan margin and the view plan's widest stretches. */
const SCALED_REACH = 100_000;

/** True for a year a JavaScript date cannot hold. */
export const beyondDates = (year: number): boolean => year < FIRST_DATE_YEAR || year > LAST_DATE_YEAR;

/** The scale (years per drawn year) for a timeline whose farthest year from the common era is
 * `farthest`: 1 when a date holds it, else the least power of ten that brings it within reach. */
export function scaleFor(farthest: number): number {
  if (!beyondDates(farthest)) return 1;
  const years = Math.abs(farthest);
  let scale = 10;
  while (years / scale > SCALED_REACH) scale *= 10;
  return scale;
}

function yearStart(year: number): number {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, 0, 1);
  return date.getTime();
}

/** Where (a time in milliseconds) the year `year` (fractional: 2000.5 is mid-2000) is drawn at
 * `scale`: the drawn year `year / scale`, its fraction spread over that calendar year, so that a
 * whole drawn year falls on its first of January, where vis-timeline puts its ticks. */
export function yearToTime(year: number, scale: number): number {
  const drawn = year / scale;
  const whole = Math.floor(drawn);
  const start = yearStart(whole);
  return start + (drawn - whole) * (yearStart(whole + 1) - start);
}

/** The year a time drawn at `scale` stands for: yearToTime's inverse. */
export function timeToYear(time: number, scale: number): number {
  const whole = new Date(time).getFullYear();
  const start = yearStart(whole);
  return (whole + (time - start) / (yearStart(whole + 1) - start)) * scale;
}

/** Years written out: "300,000", "13.8 billion", "65.500123 million", in the language's digits,
 * never rounded. */
function yearsInWords(years: number, lang: Language): string {
  const notation = years >= 1_000_000 ? "compact" : "standard";
  return new Intl.NumberFormat(lang, { notation, compactDisplay: "long", maximumSignificantDigits: 21 }).format(years);
}

/** A year of deep time as a reader understands it: "13.8 billion years ago", "in 5 billion years";
 * below a million, as a year: "300,000 BCE". The difference between a year and as many years ago
 * (two thousand years) is below what a million-year count states. */
export function formatDeepYear(year: number, lang: Language): string {
  const t = translator(lang);
  const years = Math.abs(year);
  if (years >= 1_000_000) return t(year < 0 ? "yearsAgo" : "yearsAhead", { years: yearsInWords(years, lang) });
  return year < 0 ? t("yearBce", { year: yearsInWords(years, lang) }) : yearsInWords(years, lang);
}
