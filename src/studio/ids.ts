/** Ids for what a reporter adds: made from the title (and an event's date), the way the bundled
 * dataset's read (`2024-05-30-assad-visits-tehran`), unique among their kind, and always valid
 * for the format (the letters of any script, as they appear in addresses and file names). */
import { fitId, unicodeSlug, utf8Length } from "../lib/ids";

const MAX_WORDS = 6;
const MAX_LENGTH = 80;

/** Lower case, words joined by "-", in any script: Latin letters without their accents (as the
 * bundled dataset's ids are), every other script's letters and marks as written. */
export function slug(text: string): string {
  const latinFolded = text.normalize("NFKD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1");
  return unicodeSlug(latinFolded).split("-").filter(Boolean).slice(0, MAX_WORDS).join("-");
}

/** An event's id: its date and title (`-0500` as `bce-0500`, as an id may not start with "-"). */
export function eventIdBase(date: string, title: string): string {
  const day = slug(date.startsWith("-") ? `bce ${date.slice(1)}` : date);
  return [day, slug(title)].filter(Boolean).join("-") || "event";
}

/** `base`, or `base-2`, `base-3`… whichever no other item of its kind has. */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback = "item"): string {
  const root = (fitId([...base].slice(0, MAX_LENGTH).join("")).replace(/-+$/, "") || fallback).replace(/^[^\p{L}\p{N}_]+/u, "") || fallback;
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

/** The longest name before `.json` an export gets: well inside the 255 bytes of common file systems, in any script. */
const MAX_FILE_NAME = 80;
const MAX_FILE_BYTES = 240;

/** The file an export is saved as: the title's slug, cut at a word where it can be, at most 80 characters before `.json`. */
export function exportFileName(title: string): string {
  const chars = [...slug(title)];
  let name = chars.slice(0, MAX_FILE_NAME).join("");
  // Letters outside the basic plane take four bytes each: cut by bytes too.
  while (utf8Length(name) > MAX_FILE_BYTES) name = [...name].slice(0, -1).join("");
  if (chars.length > MAX_FILE_NAME && name.lastIndexOf("-") > MAX_FILE_NAME / 2) name = name.slice(0, name.lastIndexOf("-"));
  return `${name.replace(/-+$/, "") || "timeline"}.json`;
}
