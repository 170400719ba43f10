/** Items for a message: the first few, quoted, and how many more there are, so that no message
 * grows with its input. */
export function boundedList(items: readonly string[], shown = 10): string {
  const quoted = items.slice(0, shown).map((item) => JSON.stringify(item.length > 60 ? `${item.slice(0, 60)}…` : item));
  return items.length > shown ? `${quoted.join(", ")} and ${items.length - shown} more` : quoted.join(", ");
}
