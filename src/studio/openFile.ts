import { DatasetError } from "../dataset/datasetError";
import { megabytes } from "../lib/megabytes";
import { decodeDataset, detectFormat } from "../dataset/readDataset";
import { toDraft } from "./draftShape";
import type { DraftDataset } from "./draftStore";
import { duplicateKeys } from "./duplicateKeys";

/** What the studio opens and keeps smooth to edit; a larger file is refused, saying so, before it is read. */
export const MAX_FILE_BYTES = 20_000_000;
export const MAX_EVENTS = 20_000;

/** A file's dataset for the studio, in any of the three formats, by the explorer's own reader and
 * with its messages (not UTF-8, not a format it knows: a DatasetError). Whatever its shape, it
 * becomes a draft the form can draw, with a note for each field that had to be emptied or key given
 * twice; the rules of the format it breaks are listed by the studio beside their fields. */
export async function readForStudio(bytes: Uint8Array, name: string): Promise<{ draft: DraftDataset; notes: string[] }> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DatasetError(
      `${name} is ${megabytes(bytes.length)} MB: the studio opens files up to ${megabytes(MAX_FILE_BYTES)} MB. The explorer can still show it, with ?data= or TIMELINE_DATA=.`,
    );
  }
  const text = decodeDataset(bytes, name);
  const file = detectFormat(text, name);
  let json: unknown;
  const notes: string[] = [];
  if (file.format === "native") {
    json = file.json;
    for (const path of duplicateKeys(text)) notes.push(`${path}: given twice in the file; the last value is kept.`);
  } else {
    const { convertTimelineJs } = await import("../dataset/timelineJs/convert");
    json = convertTimelineJs(file, name).json;
  }
  const { draft, notes: shapeNotes } = toDraft(json, name);
  if (draft.events.length > MAX_EVENTS) {
    throw new DatasetError(
      `${name} holds ${draft.events.length.toLocaleString("en")} events: the studio edits timelines of up to ${MAX_EVENTS.toLocaleString("en")}. The explorer can still show it, with ?data= or TIMELINE_DATA=.`,
    );
  }
  return { draft, notes: [...notes, ...shapeNotes] };
}
