/** Stands in a message for a value drawn apart (a private-use character: never in a catalogue). */
const HOLE = "\uE000";

/** A message in parts around `value`'s place: the interface's words before and after, so that the value
 * (a text of the dataset's, in its own language) can be drawn in an element of its own with its `lang`.
 * `message` is the translator called with the hole where the value goes. */
export function aroundValue(message: (hole: string) => string): [before: string, after: string] {
  const [before = "", ...after] = message(HOLE).split(HOLE);
  return [before, after.join("")];
}
