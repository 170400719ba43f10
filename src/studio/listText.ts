/** A list field's text and the list it is read as. The text is kept exactly as typed while it is
 * being edited (a space or a comma typed key by key must stay); the list is what the draft holds.
 * Items are separated by the Latin comma or the Arabic one ("،"), which Arabic and Persian keyboards type. */

import { listSeparator, type ListSeparator } from "../lib/listSeparator";

const SEPARATOR = /[,،]/;

/** The list a field's text is read as: each part trimmed, empty parts dropped. */
export const readList = (text: string): string[] =>
  text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);

/** The text a list is shown as when it is not being edited: joined with the separator given (the
 * one the reporter typed), else with its language's (src/lib/listSeparator.ts). */
export const listText = (values: readonly string[] | null | undefined, lang?: string | null, separator?: ListSeparator | null): string =>
  (values ?? []).join(separator ?? listSeparator(lang, values ?? []));

/** The separator last typed in a field's text, spaced as a list is shown, or null where none was typed. */
export function typedSeparator(text: string): ListSeparator | null {
  const at = Math.max(text.lastIndexOf(","), text.lastIndexOf("،"));
  return at < 0 ? null : text[at] === "،" ? "، " : ", ";
}

/** Whether the typed text still reads as the list the draft holds: when it does not (an undo, a
 * change from elsewhere), the field shows the draft's list again. */
export const textHoldsList = (text: string, values: readonly string[] | null | undefined): boolean => {
  const read = readList(text);
  const held = values ?? [];
  return read.length === held.length && read.every((value, i) => value === held[i]);
};
