import { DatasetError } from "../dataset/datasetError";
import { datasetSchema, formatPath } from "../dataset/schema";
import { isRichText, shapeOf, type Shape } from "../dataset/schemaShape";
import type { DraftDataset } from "./draftStore";

/** What each field of the format holds, read off the schema; a source carries the article's text too. */
const DRAFT: Shape = studioShape();

function studioShape(): Shape {
  const shape = shapeOf(datasetSchema);
  if (shape.kind !== "object") throw new Error("draftShape: the schema is an object");
  const sources = shape.fields.sources!;
  if (sources.kind !== "list" || sources.items.kind !== "object") throw new Error("draftShape: the schema's sources are a list of objects");
  const article: Shape = { kind: "text", nullable: false, absent: { omitted: true } };
  const source: Shape = { ...sources.items, fields: { ...sources.items.fields, article } };
  return { ...shape, fields: { ...shape.fields, sources: { ...sources, items: source } } };
}

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

/** What a field of the wrong kind is left as: the schema's default, null where it may be, else empty. */
function emptyOf(shape: Shape): unknown {
  if ("default" in shape.absent) return shape.absent.default();
  if (shape.nullable) return null;
  switch (shape.kind) {
    case "text":
    case "rich":
      return "";
    case "number":
      return shape.values?.[0] ?? 0;
    case "boolean":
      return false;
    case "list":
      return [];
    case "record":
      return undefined;
    case "object":
      return {};
  }
}

function coerce(value: unknown, shape: Shape, path: (string | number)[], notes: string[]): unknown {
  if (value === undefined) return undefined;
  const wrong = (wanted: string) => {
    notes.push(`${formatPath(path)}: ${kindOf(value)} where ${wanted} belongs; left empty.`);
    return emptyOf(shape);
  };
  if (value === null && shape.nullable) return null;
  switch (shape.kind) {
    case "text":
      return typeof value === "string" ? value : wrong("text");
    case "number":
      return typeof value === "number" ? value : wrong("a number");
    case "boolean":
      return typeof value === "boolean" ? value : wrong("true or false");
    case "rich":
      return isRichText(value) ? value : wrong("text");
    case "list":
      if (!Array.isArray(value)) return wrong(shape.items.kind === "text" ? "a list of text" : "a list");
      if (shape.items.kind === "text") {
        return value.filter((item, i) => typeof item === "string" || (wrongAt([...path, i], item, "text", notes), false));
      }
      return value.flatMap((item, i) => {
        // An item that is no object at all (`null`, a number) cannot be edited: it is left out, and said so.
        if (typeof item !== "object" || item === null || Array.isArray(item)) {
          notes.push(`${formatPath([...path, i])}: ${kindOf(item)} where an item belongs; left out.`);
          return [];
        }
        return [coerce(item, shape.items, [...path, i], notes)];
      });
    case "record": {
      // Absent is the same as none (a translation's entry is optional): what is no object is left out.
      if (typeof value !== "object" || value === null || Array.isArray(value)) return wrong("an object");
      const values = shape.values;
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, coerce(item, values, [...path, key], notes)]));
    }
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return wrong("an object");
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value)) {
        const known = shape.fields[key];
        if (known) out[key] = coerce(field, known, [...path, key], notes);
        else if (depthOf(field) <= MAX_UNKNOWN_DEPTH) out[key] = field;
        else notes.push(`${formatPath([...path, key])}: nested too deep to keep; left out.`);
      }
      return out;
    }
  }
}

function wrongAt(path: (string | number)[], value: unknown, wanted: string, notes: string[]) {
  notes.push(`${formatPath(path)}: ${kindOf(value)} where ${wanted} belongs; left out.`);
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
