// Event ids as TimelineJS makes them (its Util.slugify and ensureUniqueKey), so that a reader's
// old link to a TimelineJS timeline (`…#event-<id>`) opens the same event here.

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
