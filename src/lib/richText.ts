/** A run of text, or a link: plain data, never markup. */
export type Run = string | { text: string; href: string };
/** Paragraphs of runs: text with links, as a dataset may hold it (an imported HTML field becomes this). */
export type Paragraphs = Run[][];

/** The paragraphs as plain text: for titles, search and descriptions. */
export function plainText(paragraphs: Paragraphs, separator = "\n\n"): string {
  return paragraphs.map((runs) => runs.map((run) => (typeof run === "string" ? run : run.text)).join("")).join(separator);
}

/** A dataset's text field, either form, as paragraphs. */
export function asParagraphs(value: string | Paragraphs): Paragraphs {
  return typeof value === "string" ? [[value]] : value;
}
