import type { Dataset } from "../dataset/schema";
import type { DraftCheck } from "./draftCheck";
import type { DraftSlices } from "./draftSlices";
import type { LeftOut } from "./previewDraft";

/** What the studio and its preview ask of the check worker (checkWorker.ts), off the page's thread:
 * a file read as a draft (up to 20 MB: decoded, parsed, shaped), a long draft checked whole, or its
 * preview's part (previewDraft). */
export type CheckRequest =
  | { type: "check"; draft: DraftSlices }
  | { type: "preview"; draft: DraftSlices; untitled: string }
  | { type: "open"; bytes: ArrayBuffer; name: string };

/** Its answers: the file read as a draft (openFile.ts), in slices, or refused in words; the check;
 * or the preview's dataset without its events (null: nothing drawable), its events in date order
 * as slices (eventSlices.ts: the page reads that faster than a clone, a slice a task), and what it
 * left out. */
export type CheckAnswer =
  | ({ type: "checked" } & DraftCheck)
  | { type: "previewed"; head: Dataset | null; events: Uint8Array[]; leftOut: LeftOut[] }
  | { type: "opened"; draft: DraftSlices; notes: string[] }
  | { type: "refused"; message: string };

/** The worker, started as Vite bundles it. */
export const startCheckWorker = () => new Worker(new URL("./checkWorker.ts", import.meta.url), { type: "module", name: "draft-check" });
