import type { Paragraphs, Run } from "../lib/richText";

/** A link as a reporter types it: `[words](https://…)`. Only http(s) addresses make links; anything
 * else stays the text it was typed as. */
const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s()]+)\)/g;
const PARAGRAPH_BREAK = "\n\n";

/** A text field that may hold links (a summary, a caption), as the studio's text box shows it:
 * paragraphs apart by a blank line, each link as `[words](address)`. */
export function toLinkMarkup(value: string | Paragraphs | null | undefined): string {
  if (value == null || typeof value === "string") return value ?? "";
  return value
    .map((runs) => runs.map((run) => (typeof run === "string" ? run : `[${run.text}](${run.href})`)).join(""))
    .join(PARAGRAPH_BREAK);
}

/** What the reporter typed, as the format holds it: plain text stays the string typed; with a link or
 * a blank line, paragraphs of runs. Exactly reversible, so nothing typed is lost or moved, even
 * half-way through typing a paragraph. */
export function fromLinkMarkup(markup: string): string | Paragraphs {
  if (!markup.includes(PARAGRAPH_BREAK) && !new RegExp(LINK.source).test(markup)) return markup;
  return markup.split(PARAGRAPH_BREAK).map(runsOf);
}

function runsOf(paragraph: string): Run[] {
  const runs: Run[] = [];
  let from = 0;
  for (const match of paragraph.matchAll(LINK)) {
    if (match.index > from) runs.push(paragraph.slice(from, match.index));
    runs.push({ text: match[1]!, href: match[2]! });
    from = match.index + match[0].length;
  }
  if (from < paragraph.length || runs.length === 0) runs.push(paragraph.slice(from));
  return runs;
}
