/// <reference lib="webworker" />
// The check worker: a file opened, a long draft's whole check, and its preview's part, done off
// the page's thread, where they would freeze it for up to seconds (checkProtocol.ts).
import { writeSlice } from "../dataset/eventSlices";
import type { CheckAnswer, CheckRequest } from "./checkProtocol";
import { checkDraft } from "./draftCheck";
import { readDraftSlices, writeDraftSlices } from "./draftSlices";
import { readForStudio } from "./openFile";
import { previewDraft } from "./previewDraft";

const post = (answer: CheckAnswer) => self.postMessage(answer);

/** Slices are written at once here: nothing waits on this thread. */
const now = () => Promise.resolve();

self.onmessage = async ({ data }: MessageEvent<CheckRequest>) => {
  if (data.type === "open") {
    try {
      const { draft, notes } = await readForStudio(new Uint8Array(data.bytes), data.name);
      post({ type: "opened", draft: await writeDraftSlices(draft, now), notes });
    } catch (error) {
      post({ type: "refused", message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (data.type === "check") {
    post({ type: "checked", ...checkDraft(readDraftSlices(data.draft)) });
    return;
  }
  const { dataset, leftOut } = previewDraft(readDraftSlices(data.draft), data.untitled);
  post({ type: "previewed", head: dataset && { ...dataset, events: [] }, events: dataset ? writeSlice(dataset.events) : "[]", leftOut });
};
