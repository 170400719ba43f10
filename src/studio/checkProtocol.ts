import type { Dataset } from "../dataset/schema";
import type { DraftCheck } from "./draftCheck";
import type { DraftSlices } from "./draftSlices";
import type { LeftOut } from "./previewDraft";

/** What the studio asks of its one draft worker (checkWorker.ts), off the page's thread: a file read
 * as a draft (up to 20 MB: decoded, parsed, shaped), or a long draft checked whole and its preview's
 * part found, in one reading of it. The worker keeps the last draft it read, under the `id` the page
 * gave it: a check of that draft (`draft: null`) sends nothing again. */
export type CheckRequest =
  | { type: "check"; id: number; draft: DraftSlices | null; untitled: string }
  | { type: "open"; id: number; bytes: ArrayBuffer; name: string };

/** The preview's part of a draft: its dataset without its events (null: nothing drawable), its
 * events in date order as slices (eventSlices.ts: the page reads that faster than a clone, a slice a
 * task), moved on to the preview frame as they are, and what it left out. */
export interface PreviewSlices {
  head: Dataset | null;
  events: Uint8Array[];
  leftOut: LeftOut[];
}

/** Its answers: the file read as a draft (openFile.ts), in slices, or refused in words; the draft's
 * check and its preview; or word that the draft asked about by `id` alone is no longer kept. */
export type CheckAnswer =
  | ({ type: "checked"; id: number; preview: PreviewSlices } & DraftCheck)
  | { type: "opened"; id: number; draft: DraftSlices; notes: string[] }
  | { type: "refused"; id: number; message: string }
  | { type: "gone"; id: number };

/** The worker, started as Vite bundles it. */
export const startCheckWorker = () => new Worker(new URL("./checkWorker.ts", import.meta.url), { type: "module", name: "draft-check" });
