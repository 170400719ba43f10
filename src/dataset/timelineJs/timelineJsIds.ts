// Event ids as TimelineJS makes them (its Util.slugify and ensureUniqueKey), so that a reader's
// old link to a TimelineJS timeline (`…#event-<id>`) opens the same event here; and, where
// TimelineJS's id would lose letters (any script but Latin), one that keeps them.
import { unicodeSlug } from "../../lib/ids.ts";

const ACCENTED = "ãàáäâẽèéëêìíïîõòóöôùúüûñç·/_,:;";
const PLAIN = "aaaaaeeeeeiiiiooooouuuunc------";

/** A headline as TimelineJS's id for it: lower case, accents folded, spaces to dashes, anything
 * else dropped, and a leading digit prefixed with `_`. (The headline is read raw, markup and all,
 * as TimelineJS reads it.) */
export function slugify(text: string): string {
  let slug = text.trim().toLowerCase();
  for (let i = 0; i < ACCENTED.length; i++) slug = slug.split(ACCENTED[i]!).join(PLAIN[i]!);
  slug = slug
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-");
  return slug.replace(/^([0-9])/, "_$1");
}

/** A headline's id: TimelineJS's own where it keeps every letter and digit of the headline (so old
 * links keep working), else the Unicode slug of its plain text ("دیدار در تهران" → "دیدار-در-تهران"). */
export function headlineId(rawHeadline: string, plainHeadline: string): string {
  return keepsEveryLetter(rawHeadline) ? slugify(rawHeadline) : unicodeSlug(plainHeadline);
}

/** Whether TimelineJS's slug keeps every letter, digit and mark of `text`. */
function keepsEveryLetter(text: string): boolean {
  let folded = text.toLowerCase();
  for (let i = 0; i < ACCENTED.length; i++) folded = folded.split(ACCENTED[i]!).join(PLAIN[i]!);
  return !/[\p{L}\p{N}\p{M}]/u.test(folded.replace(/[a-z0-9]/g, ""));
}

/** `candidate`, or, when it is taken, the next `<root>-<n>` TimelineJS would pick. (Where it
 * would pick a random id, for a slide with neither id nor headline, the caller gives one that
 * stays the same from one load to the next.) */
export function uniqueKey(taken: ReadonlySet<string>, candidate: string): string {
  if (!taken.has(candidate)) return candidate;
  const root = candidate;
  const similar = [...taken].filter((key) => /^(.+?)(-\d+)?$/.exec(key)![1] === root);
  let next = `${root}-${similar.length + 1}`;
  for (let counter = similar.length; similar.includes(next); counter++) next = `${root}-${counter}`;
  return next;
}
