import { Parser } from "htmlparser2";
import { plainText, type Paragraphs, type Run } from "../../lib/richText.ts";
import { linkHref } from "../../lib/addressPolicy.ts";

/** Tags that end a paragraph (or a line that reads as one). */
const BLOCKS = new Set(["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"]);
/** Tags whose content is never text a reader should see. */
const HIDDEN = new Set(["script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head", "title"]);

/** Reads an HTML fragment (TimelineJS's headline, text, caption, credit) once, at import: its
 * paragraphs and its http(s) links survive, every other tag goes (its text kept), entities are
 * decoded, and what the browser would not show (scripts, styles) is dropped. The result is text
 * and links only: nothing of it is ever inserted as HTML. htmlparser2 reads the HTML people
 * actually write, typos and unclosed tags included, as a browser would. */
export function htmlToParagraphs(html: string): Paragraphs {
  const paragraphs: Paragraphs = [];
  let current: Run[] = [];
  let link: { href: string; text: string } | null = null;
  let hidden = 0;
  const flush = () => {
    const trimmed = trimRuns(current);
    if (trimmed.length) paragraphs.push(trimmed);
    current = [];
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (HIDDEN.has(name)) hidden++;
        else if (BLOCKS.has(name)) flush();
        else if (name === "a") {
          // Only http(s) links stay links; `javascript:`, `data:`, relative and malformed ones are text.
          const href = linkHref(attributes.href?.trim() ?? null);
          link = href ? { href, text: "" } : null;
        }
      },
      ontext(text) {
        if (hidden) return;
        const flat = text.replace(/\s+/g, " ");
        if (link) link.text += flat;
        else current.push(flat);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) flush();
        else if (name === "a" && link) {
          const text = link.text.trim();
          if (text) current.push({ text, href: link.href });
          link = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs;
}

/** Adjacent text runs joined, the paragraph's outer spaces trimmed. */
function trimRuns(runs: Run[]): Run[] {
  const joined: Run[] = [];
  for (const run of runs) {
    const last = joined.at(-1);
    if (typeof run === "string" && typeof last === "string") joined[joined.length - 1] = last + run;
    else joined.push(run);
  }
  if (typeof joined[0] === "string") joined[0] = joined[0].trimStart();
  const end = joined.length - 1;
  if (typeof joined[end] === "string") joined[end] = (joined[end] as string).trimEnd();
  return joined
    .filter((run) => (typeof run === "string" ? run.replace(/\s+/g, "") !== "" || joined.length > 1 : true))
    .filter((run) => run !== "");
}

/** The paragraphs in their simplest form: a plain string where there are no links. */
export function compactParagraphs(paragraphs: Paragraphs): string | Paragraphs {
  return paragraphs.every((runs) => runs.every((run) => typeof run === "string")) ? plainText(paragraphs) : paragraphs;
}
