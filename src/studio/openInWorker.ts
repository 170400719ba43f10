import { DatasetError } from "../dataset/datasetError";
import { readDraftSlicesInTasks } from "./draftSlices";
import type { DraftDataset } from "./draftStore";
import { draftWorker } from "./draftWorker";
import { readForStudio } from "./openFile";

/** A file opened: its draft, what was changed to open it, and (read in the draft worker) the id
 * under which that worker keeps it, to check and preview it without its being sent again. */
export interface Opened {
  draft: DraftDataset;
  notes: string[];
  held?: number;
}

/** `readForStudio` in the studio's draft worker: a 20 MB file is decoded, parsed and shaped there,
 * kept there, and its draft read back a slice a task, so the page never freezes while it opens.
 * The slices are dropped once read. Without workers (an old browser), on the page. */
export async function openInWorker(bytes: Uint8Array, name: string): Promise<Opened> {
  if (typeof Worker === "undefined") return readForStudio(bytes, name);
  const buffer = bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
  const id = draftWorker.newId();
  const answer = await draftWorker.open(buffer as ArrayBuffer, name, id);
  if (answer.type === "refused") throw new DatasetError(answer.message);
  if (answer.type !== "opened") throw new Error(`${name}: the file could not be read`);
  return { draft: await readDraftSlicesInTasks(answer.draft), notes: answer.notes, held: id };
}
