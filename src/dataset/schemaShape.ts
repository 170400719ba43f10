// The format's fields and their types, read off the schema itself (schema.ts), for the code that
// must know them without running the whole check: the worker's early pass (earlyDataset.ts) and the
// studio's reading of a file of any shape (draftShape.ts). A field added to the schema is known to
// both at once. Only the types are read; the schema's rules on values (ids' letters, blank text,
// links' addresses) stay the full check's.
import type { z } from "zod/mini";

/** What a field holds when it is not written: it must be, it is left out, or the schema's default. */
export type Absent = { required: true } | { omitted: true } | { default: () => unknown };

/** What a field holds: text (`parsed` where the schema reads it further, as a date), text or
 * paragraphs with links (`rich`), a number, true or false, a list, an object keyed by anything (a
 * language's code), or an object of named fields; `values` where only some are allowed. */
export type Shape = { nullable: boolean; absent: Absent } & (
  | { kind: "text" | "number"; parsed?: true; values?: readonly unknown[] }
  | { kind: "rich" | "boolean" }
  | { kind: "list"; items: Shape }
  | { kind: "record"; values: Shape }
  | { kind: "object"; fields: Readonly<Record<string, Shape>> }
);

/** The zod definition's fields this reads (zod/mini's public `_zod.def`). */
type Def = {
  type: string;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  shape?: Record<string, z.ZodMiniType>;
  valueType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  in?: z.ZodMiniType;
  defaultValue?: unknown;
};

const REQUIRED: Absent = { required: true };

/** The shape of `schema`'s input. Throws on a kind of schema the format does not use, so that a new
 * one is met here at once (the tests read the whole dataset's shape). */
export function shapeOf(schema: z.ZodMiniType): Shape {
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case "string":
      return { kind: "text", nullable: false, absent: REQUIRED };
    case "enum":
      return { kind: "text", values: Object.values(def.entries!), nullable: false, absent: REQUIRED };
    case "literal":
      return {
        kind: typeof def.values![0] === "number" ? "number" : "text",
        values: def.values!,
        nullable: false,
        absent: REQUIRED,
      } as Shape;
    case "number":
    case "int":
      return { kind: "number", nullable: false, absent: REQUIRED };
    case "boolean":
      return { kind: "boolean", nullable: false, absent: REQUIRED };
    case "array":
      return { kind: "list", items: shapeOf(def.element!), nullable: false, absent: REQUIRED };
    case "record":
      return { kind: "record", values: shapeOf(def.valueType!), nullable: false, absent: REQUIRED };
    case "object":
      return {
        kind: "object",
        fields: Object.fromEntries(Object.entries(def.shape!).map(([key, field]) => [key, shapeOf(field)])),
        nullable: false,
        absent: REQUIRED,
      };
    case "nullable":
      return { ...shapeOf(def.innerType!), nullable: true };
    case "optional":
      return { ...shapeOf(def.innerType!), absent: { omitted: true } };
    case "default":
      return { ...shapeOf(def.innerType!), absent: { default: () => def.defaultValue } };
    case "pipe": {
      // What the pipe reads; a text read further (a date) is marked so.
      const input = shapeOf(def.in!);
      return input.kind === "text" && (def.in!._zod.def as unknown as Def).type === "string" ? { ...input, parsed: true } : input;
    }
    case "union": {
      // Text with links: a string, or paragraphs of runs.
      const kinds = def.options!.map((option) => option._zod.def.type).sort();
      if (kinds.join() === "array,string") return { kind: "rich", nullable: false, absent: REQUIRED };
      break;
    }
  }
  throw new Error(`schemaShape: a schema of type "${def.type}" is not read here; say what it holds in shapeOf`);
}

/** The shape of an object's fields (an object, or one read further by a pipe). */
export function fieldsOf(schema: z.ZodMiniType): Readonly<Record<string, Shape>> {
  const shape = shapeOf(schema);
  if (shape.kind !== "object") throw new Error("schemaShape: fieldsOf wants an object");
  return shape.fields;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Text, or paragraphs of runs (a string, or `{ text, href }`), as the format's rich text is. */
export function isRichText(value: unknown): boolean {
  if (typeof value === "string") return true;
  return (
    Array.isArray(value) &&
    value.every(
      (runs) =>
        Array.isArray(runs) &&
        runs.every((run) => typeof run === "string" || (isObject(run) && typeof run.text === "string" && typeof run.href === "string")),
    )
  );
}

/** Marks a value that is not of its shape's type. */
export const WRONG: unique symbol = Symbol("wrong");

/** Reads a value as the schema reads it, by type alone: unknown fields dropped, defaults filled, a
 * text the schema reads further handed to `parse` (WRONG where that fails); WRONG where any part is
 * not of its type. The schema's rules on values are not checked. Made once per shape: the worker's
 * early pass runs it over every event of a large file. */
export type Reader = (value: unknown) => unknown;

export function readerOf(shape: Shape, parse: (text: string) => unknown): Reader {
  const read = typedReader(shape, parse);
  return shape.nullable ? (value) => (value === null ? null : read(value)) : (value) => (value === null ? WRONG : read(value));
}

function typedReader(shape: Shape, parse: (text: string) => unknown): Reader {
  switch (shape.kind) {
    case "text": {
      const { values, parsed } = shape;
      if (values) return (value) => (values.includes(value) ? value : WRONG);
      return parsed
        ? (value) => (typeof value === "string" ? parse(value) : WRONG)
        : (value) => (typeof value === "string" ? value : WRONG);
    }
    case "number": {
      const { values } = shape;
      return (value) => (typeof value === "number" && (!values || values.includes(value)) ? value : WRONG);
    }
    case "boolean":
      return (value) => (typeof value === "boolean" ? value : WRONG);
    case "rich":
      return (value) => (typeof value === "string" ? value : isRichText(value) ? readRuns(value as unknown[][]) : WRONG);
    case "list": {
      const item = readerOf(shape.items, parse);
      // A list of plain texts (names, ids) is kept as it is: a copy of each would be garbage at 100,000 events.
      const { items } = shape;
      if (items.kind === "text" && !items.parsed && !items.values && !items.nullable) {
        return (value) => (Array.isArray(value) && value.every((text) => typeof text === "string") ? value : WRONG);
      }
      return (value) => {
        if (!Array.isArray(value)) return WRONG;
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) if ((out[i] = item(value[i])) === WRONG) return WRONG;
        return out;
      };
    }
    case "record": {
      const item = readerOf(shape.values, parse);
      return (value) => {
        if (!isObject(value)) return WRONG;
        const out: Record<string, unknown> = {};
        for (const key in value) if ((out[key] = item(value[key])) === WRONG) return WRONG;
        return out;
      };
    }
    case "object": {
      const fields = fieldsReader(shape.fields, parse);
      return (value) => (isObject(value) ? fields(value) : WRONG);
    }
  }
}

/** Reads an object's known fields by type (see readerOf), absent ones as the schema fills them. */
export function fieldsReader(fields: Readonly<Record<string, Shape>>, parse: (text: string) => unknown) {
  const readers = Object.entries(fields).map(([key, field]) => ({
    key,
    read: readerOf(field, parse),
    required: "required" in field.absent,
    fill: "default" in field.absent ? filler(field.absent.default()) : null,
  }));
  return (value: Record<string, unknown>): Record<string, unknown> | typeof WRONG => {
    const out: Record<string, unknown> = {};
    for (const { key, read, required, fill } of readers) {
      const item = value[key];
      if (item === undefined) {
        if (required) return WRONG;
        if (fill) out[key] = fill();
      } else if ((out[key] = read(item)) === WRONG) return WRONG;
    }
    return out;
  };
}

/** A default made anew for each read: an empty list, or a value that is not an object (shared). */
function filler(value: unknown): () => unknown {
  if (Array.isArray(value) && value.length === 0) return () => [];
  if (typeof value === "object" && value !== null) throw new Error("schemaShape: only an empty list or a plain value is a default here");
  return () => value;
}

/** Paragraphs as the schema gives them: each link run only its text and address. */
const readRuns = (paragraphs: unknown[][]) =>
  paragraphs.map((runs) =>
    runs.map((run) => (typeof run === "string" ? run : { text: (run as { text: string }).text, href: (run as { href: string }).href })),
  );
