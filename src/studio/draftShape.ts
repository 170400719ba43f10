import { DatasetError } from "../dataset/datasetError";
import { datasetSchema, formatPath } from "../dataset/schema";
import { isRichText, shapeOf, type Shape } from "../dataset/schemaShape";
import type { Draft, DraftDataset } from "./draftStore";

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

/** A draft that reaches the studio from elsewhere than a file it opens (the browser's storage, the
 * journal a leaving page wrote, another tab), read as a file is: whatever its shape, a draft the
 * studio can draw, each field it emptied said by its path. Null only where there is no draft at all
 * (no object, or no key to keep it under). Never throws. */
export function readDraft(value: unknown): { draft: Draft; notes: string[] } | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.key !== "string" || record.key === "") return null;
  const notes: string[] = [];
  let dataset: DraftDataset;
  try {
    dataset = withNotes(toDraft(record.dataset, "the kept draft"), notes);
  } catch (error) {
    notes.push(`(the draft): ${error instanceof Error ? error.message : String(error)} Left empty.`);
    dataset = toDraft({}, "the kept draft").draft;
  }
  const baseline = dataset.publishedBaseline as unknown;
  if (baseline !== undefined && !isTextRecord(baseline)) {
    notes.push("publishedBaseline: not what each event was when published; left out (Export asks no more what changed).");
    delete dataset.publishedBaseline;
  }
  const draft: Draft = {
    key: record.key,
    dataset,
    publishArticles: record.publishArticles === true,
    savedAt: typeof record.savedAt === "number" && Number.isFinite(record.savedAt) ? record.savedAt : 0,
  };
  if (typeof record.savedBy === "string") draft.savedBy = record.savedBy;
  return { draft, notes };
}

function withNotes({ draft, notes }: { draft: DraftDataset; notes: string[] }, into: string[]): DraftDataset {
  into.push(...notes);
  return draft;
}

const isTextRecord = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");

/** Keys no write may go through (they reach an object's prototype, not a field). */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Another tab's change to one field, read as a file's field is: a value of the wrong kind is
 * emptied and said by its path; a write to no field a draft can have (through a text, a list's item
 * named by a word) is left out, and said. Never throws. */
export function readWrite<W extends { path: readonly (string | number)[]; value: unknown }>(
  write: W,
): { write: W | null; notes: string[] } {
  const notes: string[] = [];
  const { path } = write;
  if (path.length === 0) {
    const read = readDraft({ key: "tab", dataset: write.value });
    return { write: read ? { ...write, value: read.draft.dataset } : null, notes: read?.notes ?? [] };
  }
  let shape: Shape | null = DRAFT;
  for (const key of path) {
    if (typeof key === "string" && UNSAFE_KEYS.has(key)) shape = null;
    else if (shape === UNKNOWN) shape = UNKNOWN;
    else if (shape?.kind === "object") shape = typeof key === "string" ? (shape.fields[key] ?? UNKNOWN) : null;
    else if (shape?.kind === "list") shape = typeof key === "number" && Number.isInteger(key) && key >= 0 ? shape.items : null;
    else if (shape?.kind === "record") shape = typeof key === "string" ? shape.values : null;
    else shape = null;
    if (shape === null) {
      notes.push(`${formatPath([...path])}: no field a draft can have; another tab's change to it left out.`);
      return { write: null, notes };
    }
  }
  if (shape === UNKNOWN) {
    if (depthOf(write.value) <= MAX_UNKNOWN_DEPTH) return { write, notes };
    notes.push(`${formatPath([...path])}: nested too deep to keep; left out.`);
    return { write: null, notes };
  }
  const value = coerce(write.value, shape, [...path], notes);
  return { write: notes.length ? { ...write, value } : write, notes };
}

/** A field the studio does not know (kept as it is, as a file's). */
const UNKNOWN: Shape = { kind: "object", fields: {}, nullable: true, absent: { omitted: true } };
