import { DatasetError } from "../dataset/datasetError";
import { formatPath } from "../dataset/schema";
import type { DraftDataset } from "./draftStore";

/** What a field of the format holds, as far as the studio's form needs to know to draw it. */
type Shape =
  | "text"
  | "text?"
  | "rich"
  | "rich?"
  | "texts"
  | "number"
  | "boolean"
  | { items: Shape }
  /** An object keyed by anything (a language's code), each value of one shape. */
  | { record: Shape }
  | { fields: Readonly<Record<string, Shape>>; nullable?: boolean };

const citation: Shape = { fields: { source: "text", quotes: "texts" } };
/** An item's translations: per language, the same fields translated, and the basis of each. */
const translations = (fields: Readonly<Record<string, Shape>>): Shape => ({ record: { fields: { ...fields, basis: { record: "text" } } } });
const DRAFT: Shape = {
  fields: {
    version: "number",
    title: "text",
    description: "text?",
    notes: "texts",
    languages: {
      items: { fields: { code: "text", name: "text?", translator: "text?", method: "text?", reviewed: "boolean" } },
    },
    translations: translations({ title: "text", description: "text" }),
    categories: { items: { fields: { id: "text", label: "text", translations: translations({ label: "text" }) } } },
    sources: {
      items: {
        fields: {
          id: "text",
          file: "text?",
          outlet: "text?",
          citing: "text?",
          title: "text?",
          published: "text?",
          language: "text?",
          url: "text?",
          summary: "text",
          article: "text",
          quotes: {
            items: {
              fields: {
                id: "text",
                speaker: "text",
                text: "text",
                language: "text?",
                checked: { fields: { on: "text", article: "text?" }, nullable: true },
                translations: translations({ text: "text" }),
              },
            },
          },
          translations: translations({ title: "text", summary: "text" }),
        },
      },
    },
    events: {
      items: {
        fields: {
          id: "text",
          date: "text",
          end: "text?",
          displayDate: "text?",
          title: "text",
          summary: "rich?",
          category: "text",
          place: "text?",
          actors: "texts",
          aliases: "texts",
          formerIds: "texts",
          sources: { items: citation },
          published: "text?",
          updates: {
            items: { fields: { date: "text", kind: "text", note: "text", translations: translations({ note: "text" }) } },
          },
          media: {
            nullable: true,
            fields: {
              url: "text?",
              caption: "rich?",
              credit: "rich?",
              alt: "text?",
              thumbnail: "text?",
              link: "text?",
              translations: translations({ caption: "rich", credit: "rich", alt: "text" }),
            },
          },
          translations: translations({ title: "text", summary: "rich", displayDate: "text", place: "text", actors: "texts" }),
        },
      },
    },
    periods: {
      items: {
        fields: {
          id: "text",
          label: "text",
          start: "text",
          end: "text?",
          category: "text?",
          summary: "text?",
          sources: { items: citation },
          translations: translations({ label: "text", summary: "text" }),
        },
      },
    },
  },
};

/** How deep a field the studio does not know may nest and still be carried along. */
const MAX_UNKNOWN_DEPTH = 32;

/** A file's JSON as a draft the studio can draw, whatever its shape: each field of the wrong kind
 * (a title that is a number, `events: [null]`, a missing list) is emptied, and said so in a note by
 * its path; the format's own rules are then checked as for any draft. Only a file that is no JSON
 * object at all is refused. */
export function toDraft(json: unknown, file: string): { draft: DraftDataset; notes: string[] } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new DatasetError(
      `${file} is not a timeline: a timeline file is a JSON object with "events", "sources" and "categories", and this is ${kindOf(json)}.`,
    );
  }
  const notes: string[] = [];
  const draft = coerce(json, DRAFT, [], notes) as Record<string, unknown>;
  draft.version = 1;
  for (const list of ["categories", "sources", "events", "periods"]) draft[list] ??= [];
  draft.title ??= "";
  return { draft: draft as unknown as DraftDataset, notes };
}

function coerce(value: unknown, shape: Shape, path: (string | number)[], notes: string[]): unknown {
  if (value === undefined) return undefined;
  const wrong = (empty: unknown, wanted: string) => {
    notes.push(`${formatPath(path)}: ${kindOf(value)} where ${wanted} belongs; left empty.`);
    return empty;
  };
  switch (shape) {
    case "text":
      return typeof value === "string" ? value : wrong("", "text");
    case "text?":
      return value === null || typeof value === "string" ? value : wrong(null, "text");
    case "number":
      return typeof value === "number" ? value : wrong(1, "a number");
    case "boolean":
      return typeof value === "boolean" ? value : wrong(false, "true or false");
    case "texts":
      if (!Array.isArray(value)) return wrong([], "a list of text");
      return value.filter((item, i) => typeof item === "string" || (wrongAt([...path, i], item, "text", notes), false));
    case "rich":
    case "rich?":
      return isRichText(value) || (shape === "rich?" && value === null) ? value : wrong(shape === "rich" ? "" : null, "text");
  }
  if ("items" in shape) {
    if (!Array.isArray(value)) return wrong([], "a list");
    return value.flatMap((item, i) => {
      // An item that is no object at all (`null`, a number) cannot be edited: it is left out, and said so.
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        notes.push(`${formatPath([...path, i])}: ${kindOf(item)} where an item belongs; left out.`);
        return [];
      }
      return [coerce(item, shape.items, [...path, i], notes)];
    });
  }
  if ("record" in shape) {
    // Absent is the same as none (a translation's entry is optional): what is no object is left out.
    if (typeof value !== "object" || value === null || Array.isArray(value)) return wrong(undefined, "an object");
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, coerce(item, shape.record, [...path, key], notes)]));
  }
  if (value === null && shape.nullable) return null;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return wrong(shape.nullable ? null : {}, "an object");
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const known = shape.fields[key];
    if (known) out[key] = coerce(field, known, [...path, key], notes);
    else if (depthOf(field) <= MAX_UNKNOWN_DEPTH) out[key] = field;
    else notes.push(`${formatPath([...path, key])}: nested too deep to keep; left out.`);
  }
  return out;
}

function wrongAt(path: (string | number)[], value: unknown, wanted: string, notes: string[]) {
  notes.push(`${formatPath(path)}: ${kindOf(value)} where ${wanted} belongs; left out.`);
}

/** Text, or paragraphs of runs (a string, or `{ text, href }`), as the format's rich text is. */
function isRichText(value: unknown): boolean {
  if (typeof value === "string") return true;
  return (
    Array.isArray(value) &&
    value.every(
      (paragraph) =>
        Array.isArray(paragraph) &&
        paragraph.every(
          (run) =>
            typeof run === "string" ||
            (typeof run === "object" && run !== null && typeof run.text === "string" && typeof run.href === "string"),
        ),
    )
  );
}

/** How deep a value nests, counted without recursion (a file may nest a hundred thousand levels). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_UNKNOWN_DEPTH) return deepest;
    if (typeof node === "object" && node !== null) for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}
