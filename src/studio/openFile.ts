import { DatasetError } from "../dataset/datasetError";
import { megabytes } from "../lib/megabytes";
import { decodeDataset, detectFormat } from "../dataset/readDataset";
import { toDraft } from "./draftShape";
import { inEnglish } from "../dataset/importNotices";
import type { DraftDataset } from "./draftStore";
import { duplicateKeys } from "./duplicateKeys";

/** What the studio opens and keeps smooth to edit; a larger file is refused, saying so, before it is read. */
export const MAX_FILE_BYTES = 20_000_000;
export const MAX_EVENTS = 20_000;
/** The longest text of one field the studio opens (longer than any article): a field of millions of
 * characters, drawn in the form and in its preview, froze the page for minutes. */
export const MAX_TEXT = 100_000;

const explorerStill = "The explorer can still show it, with ?data= or TIMELINE_DATA=.";

/** Refuses a file of `size` bytes past the studio's limit (said before a byte of it is read). */
export function refuseOversize(size: number, name: string): void {
  if (size > MAX_FILE_BYTES) {
    throw new DatasetError(
      `${name} is ${megabytes(size)} MB: the studio opens files up to ${megabytes(MAX_FILE_BYTES)} MB. ${explorerStill}`,
    );
  }
}

/** The first text in `value` (a draft) longer than `limit` characters: its path and length. */
export function overlongText(value: unknown, limit = MAX_TEXT): { path: string; length: number } | null {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length) {
    const [at, path] = stack.pop()!;
    if (typeof at === "string") {
      if (at.length > limit) return { path, length: at.length };
    } else if (Array.isArray(at)) {
      for (let i = at.length - 1; i >= 0; i--) stack.push([at[i], `${path}[${i}]`]);
    } else if (typeof at === "object" && at !== null) {
      for (const [key, inner] of Object.entries(at).reverse()) stack.push([inner, path ? `${path}.${key}` : key]);
    }
  }
  return null;
}

/** A file's dataset for the studio, in any of the three formats, by the explorer's own reader and
 * with its messages (not UTF-8, not a format it knows: a DatasetError). Whatever its shape, it
 * becomes a draft the form can draw, with a note for each field that had to be emptied or key given
 * twice; the rules of the format it breaks are listed by the studio beside their fields. */
export async function readForStudio(bytes: Uint8Array, name: string): Promise<{ draft: DraftDataset; notes: string[] }> {
  refuseOversize(bytes.length, name);
  const text = decodeDataset(bytes, name);
  const file = detectFormat(text, name);
  let json: unknown;
  const notes: string[] = [];
  if (file.format === "native") {
    json = file.json;
    for (const path of duplicateKeys(text)) notes.push(`${path}: given twice in the file; the last value is kept.`);
  } else {
    const { convertTimelineJs } = await import("../dataset/timelineJs/convert");
    // What the import left out or changed is said here, in the studio (in English, as its other
    // notes on a file), not kept in the dataset: exported, it would show on the published timeline.
    const converted = convertTimelineJs(file, name);
    notes.push(...inEnglish(converted.notices));
    json = converted.json;
  }
  const { draft, notes: shapeNotes } = toDraft(json, name);
  if (draft.events.length > MAX_EVENTS) {
    throw new DatasetError(
      `${name} holds ${draft.events.length.toLocaleString("en")} events: the studio edits timelines of up to ${MAX_EVENTS.toLocaleString("en")}. ${explorerStill}`,
    );
  }
  const overlong = overlongText(draft);
  if (overlong) {
    throw new DatasetError(
      `${name}: ${overlong.path} holds ${overlong.length.toLocaleString("en")} characters: the studio edits texts of up to ${MAX_TEXT.toLocaleString("en")} characters a field. ${explorerStill}`,
    );
  }
  return { draft, notes: [...notes, ...shapeNotes] };
}
