// The live timeline's axis labels: vis-timeline's own, but with years as the app writes them
// ("500 BCE", not moment's "-0500"), and years far enough apart to read on any span.
import type { Moment } from "moment";
import type { TimelineOptions } from "vis-timeline/esnext";
import { translator, type Language } from "../../lib/i18n/i18n";
import { formatDeepYear, timeToYear } from "../../lib/deepTime";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { timeScaleOf } from "../../dataset/timeScale";

type Scale = "millisecond" | "second" | "minute" | "hour" | "weekday" | "day" | "week" | "month" | "year";

/** vis-timeline's patterns (TimeStep.FORMAT), the year apart: it is added by `yearLabel`; seconds
 * with their time of day ("17:17:30", as the first paint writes them: formatAxisTick), not "30". */
const MINOR: Record<Scale, string> = {
  millisecond: "SSS",
  second: "HH:mm:ss",
  minute: "HH:mm",
  hour: "HH:mm",
  weekday: "ddd D",
  day: "D",
  week: "w",
  month: "MMM",
  year: "",
};
const MAJOR: Record<Scale, { pattern: string; withYear: boolean }> = {
  millisecond: { pattern: "HH:mm:ss", withYear: false },
  second: { pattern: "ddd D MMMM", withYear: false },
  minute: { pattern: "ddd D MMMM", withYear: false },
  hour: { pattern: "ddd D MMMM", withYear: false },
  weekday: { pattern: "MMMM", withYear: true },
  day: { pattern: "MMMM", withYear: true },
  week: { pattern: "MMMM", withYear: true },
  month: { pattern: "", withYear: true },
  year: { pattern: "", withYear: false },
};

/** A year as the axis writes it: "1066", "500 BCE" (the historians' count: -500 is 500 BCE), in the
 * digits moment's locale writes the rest of the axis in. */
function yearLabel(date: Moment, lang: Language): string {
  const year = date.year();
  const text = year < 0 ? translator(lang)("yearBce", { year: String(-year) }) : String(year);
  return date.localeData().postformat(text);
}

/** vis-timeline's `format` option for the interface language; on a timeline of deep time drawn at
 * `scale` (src/lib/deepTime.ts), each label is the year its place stands for ("4 billion years ago"). */
export function axisFormat(lang: Language, scale = 1): NonNullable<TimelineOptions["format"]> {
  if (scale !== 1) {
    const deepLabel = (date: Moment) => formatDeepYear(Math.round(timeToYear(date.valueOf(), scale)), lang);
    return { minorLabels: deepLabel, majorLabels: () => "" } as unknown as NonNullable<TimelineOptions["format"]>;
  }
  return {
    minorLabels: (date: Moment, scale: string) => (scale === "year" ? yearLabel(date, lang) : date.format(MINOR[scale as Scale] ?? "")),
    majorLabels: (date: Moment, scale: string) => {
      const { pattern, withYear } = MAJOR[scale as Scale] ?? MAJOR.year;
      const text = pattern ? date.format(pattern) : "";
      return withYear ? [text, yearLabel(date, lang)].filter(Boolean).join(" ") : text;
    },
  } as unknown as NonNullable<TimelineOptions["format"]>;
}

/** The least room, in pixels, between two year labels ("271000 BCE" in a wide font). */
const YEAR_LABEL_PX = 90;
/** vis-timeline's own room for a label, in characters (its `maxMinorChars`). */
const VIS_LABEL_CHARS = 7;

/** How wide `text` is in vis-timeline's measure of a label (the width of its axis font's "0"), as
 * Chromium sets it in DejaVu Sans: a digit in Persian (the axis writes Persian digits there) about
 * 0.85 of it, an Arabic-script letter or a space about two-thirds, anything else one. */
function labelWidthInZeros(text: string, lang: Language): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (lang === "fa" && char >= "0" && char <= "9") width += 0.85;
    else if (char === " " || (code >= 0x0600 && code <= 0x06ff)) width += 0.66;
    else width += 1;
  }
  return width;
}

/** The characters the axis's labels need (vis-timeline's `maxMinorChars`): its own, or, where the
 * dataset reaches before the common era, the earliest year's label with its padding ("۳۰۰۰ پیش از
 * میلاد" is long). Counted by width, not by characters: Persian's joined letters are narrow, and at
 * a character each a 375-px phone's axis of six centuries had one label left, a thousand years on. */
export function axisLabelChars(earliestYear: number, lang: Language): number {
  if (earliestYear >= 0) return VIS_LABEL_CHARS;
  const label = translator(lang)("yearBce", { year: String(-earliestYear) });
  return Math.max(VIS_LABEL_CHARS, Math.ceil(labelWidthInZeros(label, lang) + 0.7));
}
/** The characters a label of a timeline of deep time needs: a round year as far out as its farthest
 * ("10 billion years ago": the axis labels round years, whatever the events' own). */
function deepLabelChars(index: DatasetIndex, lang: Language): number {
  const scale = timeScaleOf(index.dataset);
  const times = [index.events[0]?.date.start, index.events.at(-1)?.date.start].map((date) => date?.getTime() ?? 0);
  const round = (year: number) => (year === 0 ? 0 : Math.sign(year) * 10 ** Math.ceil(Math.log10(Math.abs(year))));
  const years = times.map((time) => round(timeToYear(time, scale)));
  return Math.max(VIS_LABEL_CHARS, ...years.map((year) => formatDeepYear(year, lang).length + 1));
}

/** The least room, in pixels, between two labels of a timeline of deep time (8 pixels a character). */
export const deepLabelPx = (index: DatasetIndex, lang: Language): number => deepLabelChars(index, lang) * 8;

/** The characters the live axis's labels need (vis-timeline's `maxMinorChars`) on `index`'s timeline. */
export function labelCharsFor(index: DatasetIndex, lang: Language): number {
  if (timeScaleOf(index.dataset) !== 1) return deepLabelChars(index, lang);
  return axisLabelChars(index.events[0]?.date.start.getFullYear() ?? 0, lang);
}

const YEAR_MS = 365.25 * 86_400_000;
/** vis-timeline's widest step between labels, in years. */
const WIDEST_VIS_STEP = 1000;

/** Years between the live axis's labels where vis-timeline's own steps (at most a thousand years)
 * would crowd them (spans of tens of thousands of years): a round step, 1, 2 or 5 times a power of
 * ten. `null` where vis-timeline's own do. */
export function yearStepFor(spanMs: number, widthPx: number, labelPx = YEAR_LABEL_PX): number | null {
  const least = (spanMs / YEAR_MS) * (Math.max(labelPx, YEAR_LABEL_PX) / Math.max(widthPx, 1));
  if (least <= WIDEST_VIS_STEP) return null;
  let smaller = WIDEST_VIS_STEP;
  for (let power = WIDEST_VIS_STEP; ; power *= 10) {
    for (const factor of [1, 2, 5]) {
      const step = power * factor;
      if (step >= least) return fewestLabels(step, smaller, least, spanMs / YEAR_MS);
      smaller = step;
    }
  }
}

/** `step`, or the next smaller `smaller` where `step` would leave the span at most one label and
 * `smaller` is all but wide enough (labelPx, 8 pixels a character of the widest round year, is an
 * upper bound): a deep-time axis at 375 px labelled "0" alone, not 4 and 2 billion years ago. */
export function fewestLabels(step: number, smaller: number, least: number, span: number): number {
  return step * 2 > span && smaller >= least * NEAR_ENOUGH ? smaller : step;
}
const NEAR_ENOUGH = 0.75;
