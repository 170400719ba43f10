import { parsePartialDate } from "../../lib/dates.ts";
import { DEEPEST_YEAR } from "../../lib/deepTime.ts";
import { ImportError, type TjsDate } from "./timelineJsTypes.ts";

const DATE_PARTS = ["year", "month", "day", "hour", "minute", "second"] as const;
/** The years a JavaScript date can hold; beyond them, years alone (deep time, as TimelineJS's "cosmological" scale). */
const MAX_YEAR = 275_759;

/** A TimelineJS date as a native date string, at its precision; an error naming where it is. */
export function nativeDate(date: TjsDate, at: (part?: string) => string): string {
  const where = at;
  const parts: Partial<Record<(typeof DATE_PARTS)[number], number>> = {};
  for (const part of DATE_PARTS) {
    const raw = date[part];
    const text = raw == null ? "" : String(raw).trim();
    if (text === "") continue;
    if (!/^-?\d+$/.test(text)) throw new ImportError(`${where(part)}: "${text}" is not a whole number.`);
    parts[part] = Number(text);
  }
  const { year, month, day, hour, minute, second } = parts;
  if (year === undefined) throw new ImportError(`${where("year")}: a date needs a year.`);
  if (Math.abs(year) > DEEPEST_YEAR) {
    throw new ImportError(`${where("year")}: ${year} is beyond the ±${DEEPEST_YEAR.toLocaleString("en")} years a timeline may span.`);
  }
  if (Math.abs(year) > MAX_YEAR) {
    // Deep time, drawn on a scale as TimelineJS draws its cosmological timelines: a year alone.
    const finer = DATE_PARTS.slice(1).find((part) => parts[part] !== undefined);
    if (finer) {
      throw new ImportError(
        `${where(finer)}: the year ${year} is beyond a calendar's (±${MAX_YEAR.toLocaleString("en")} years), so it is given as a year alone; leave out the ${finer}.`,
      );
    }
    return String(year);
  }
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  let text = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  if (month !== undefined) text += `-${pad(month)}`;
  if (month !== undefined && day !== undefined) text += `-${pad(day)}`;
  if (month !== undefined && day !== undefined && hour !== undefined) {
    text += `T${pad(hour)}:${pad(minute ?? 0)}${second !== undefined ? `:${pad(second)}` : ""}`;
  }
  if (!parsePartialDate(text)) throw new ImportError(`${where()}: ${describe(parts)} is not a date that exists.`);
  return text;
}

const describe = (parts: Record<string, number | undefined>) =>
  Object.entries(parts)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
