/** A list field's text and the list it is read as. The text is kept exactly as typed while it is
 * being edited (a space or a comma typed key by key must stay); the list is what the draft holds.
 * Items are separated by the Latin comma or the Arabic one ("،"), which Arabic and Persian keyboards type. */

const SEPARATOR = /[,،]/;

/** The list a field's text is read as: each part trimmed, empty parts dropped. */
export const readList = (text: string): string[] =>
  text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);

/** The text a list is shown as when it is not being edited. */
export const listText = (values: readonly string[] | null | undefined): string => (values ?? []).join(", ");

/** Whether the typed text still reads as the list the draft holds: when it does not (an undo, a
 * change from elsewhere), the field shows the draft's list again. */
export const textHoldsList = (text: string, values: readonly string[] | null | undefined): boolean => {
  const read = readList(text);
  const held = values ?? [];
  return read.length === held.length && read.every((value, i) => value === held[i]);
};
