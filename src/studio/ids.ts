/** Ids for what a reporter adds: made from the title (and an event's date), the way the bundled
 * dataset's read (`2024-05-30-assad-visits-tehran`), unique among their kind, and always valid
 * for the format (the letters of any script, as they appear in addresses and file names). */
import { fitId, unicodeSlug } from "../lib/ids";

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
