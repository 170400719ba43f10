// The id rule shared by the format, the import and the studio. Ids appear in addresses
// (`event/<id>/`, `#/event/<id>`, percent-encoded there) and name the build's folders, so they hold
// letters and digits of any script (with their marks) and a few URL-safe signs, nothing else.

/** A well-formed id: begins with a letter, digit or `_`; then letters, digits, marks, `.`, `_`, `~`, `-`. */
export const ID_PATTERN = /^[\p{L}\p{N}_][\p{L}\p{N}\p{M}._~-]*$/u;
export const MAX_ID_LENGTH = 200;
/** A folder's name is at most 255 bytes on most disks; a page's folder is named by its id. */
export const MAX_ID_BYTES = 240;

/** Bytes of `text` in UTF-8, as TextEncoder writes it (a lone surrogate as U+FFFD), counted without
 * encoding: every id of a large file is measured. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The text as an id's words: normalised (NFKC, so compatibility forms read as their letters),
 * lower case where the script has case, every run of anything but letters, digits and marks made
 * one "-". "" when nothing is left. */
export function unicodeSlug(text: string): string {
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    // A mark with no letter before it begins nothing.
    .replace(/^[\p{M}-]+/u, "");
  return fitId(words).replace(/-+$/, "");
}

/** `text` made a valid id as little as it can be: anything outside the rule becomes "-", leading
 * signs go. "" when nothing is left. */
export function cleanId(text: string): string {
  return fitId(
    text
      .normalize("NFC")
      .replace(/[^\p{L}\p{N}\p{M}._~-]+/gu, "-")
      .replace(/^[^\p{L}\p{N}_]+/u, ""),
  );
}

/** Whole characters (never half a surrogate pair) up to a length that leaves room for the `-<n>`
 * that makes an id unique. */
export function fitId(text: string): string {
  let out = "";
  let bytes = 0;
  for (const char of text) {
    bytes += utf8Length(char);
    if (bytes > MAX_ID_BYTES - 40 || out.length + char.length > MAX_ID_LENGTH - 20) break;
    out += char;
  }
  return out;
}
