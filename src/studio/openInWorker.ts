import { DatasetError } from "../dataset/datasetError";
import { startCheckWorker, type CheckAnswer, type CheckRequest } from "./checkProtocol";
import { readDraftSlicesInTasks, type DraftSlices } from "./draftSlices";
import type { DraftDataset } from "./draftStore";
import { readForStudio } from "./openFile";

/** A file opened: its draft, what was changed to open it, and (read in a worker) the draft as the
 * worker wrote it in slices, which the check and the preview take as they are: not written again. */
export interface Opened {
  draft: DraftDataset;
  notes: string[];
  slices?: DraftSlices;
}

/** `readForStudio` in a worker of its own: a 20 MB file is decoded, parsed and shaped there, and
 * its draft read back a slice a task, so the page never freezes while it opens. Without workers
 * (an old browser), on the page. */
export async function openInWorker(bytes: Uint8Array, name: string): Promise<Opened> {
  if (typeof Worker === "undefined") return readForStudio(bytes, name);
  const worker = startCheckWorker();
  try {
    const answer = await new Promise<CheckAnswer>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<CheckAnswer>) => resolve(data);
      worker.onerror = (e) => reject(new Error(e.message || `${name}: the file could not be read`));
      const buffer = bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
      worker.postMessage({ type: "open", bytes: buffer as ArrayBuffer, name } satisfies CheckRequest, [buffer as ArrayBuffer]);
    });
    if (answer.type === "refused") throw new DatasetError(answer.message);
    if (answer.type !== "opened") throw new Error(`${name}: the file could not be read`);
    return { draft: await readDraftSlicesInTasks(answer.draft), notes: answer.notes, slices: answer.draft };
  } finally {
    worker.terminate();
  }
}
