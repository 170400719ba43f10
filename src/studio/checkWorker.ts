/// <reference lib="webworker" />
// The check worker: a file opened, a long draft's whole check, and its preview's part, done off
// the page's thread, where they would freeze it for up to seconds (checkProtocol.ts).
import { sortedByDate } from "../dataset/datasetIndex";
import { writeSlice } from "../dataset/eventSlices";
import type { TimelineEvent } from "../dataset/schema";
import type { CheckAnswer, CheckRequest } from "./checkProtocol";
import { checkDraft } from "./draftCheck";
import { buffersOf, readDraftSlices, writeDraftSlices } from "./draftSlices";
import { readForStudio } from "./openFile";
import { previewDraft } from "./previewDraft";

const post = (answer: CheckAnswer, transfer: Transferable[] = []) => self.postMessage(answer, transfer);

/** Events a slice of the preview's: each read on the page in a few milliseconds. */
const PREVIEW_SLICE = 500;

const encoder = new TextEncoder();

/** The preview's events in date order (the frame indexes them as they are), as slices of UTF-8
 * bytes, moved to the frame with the answer: as text, a long draft's events were cloned on the
 * frame's thread (the page's) in one task as the answer arrived. */
function previewSlices(events: readonly TimelineEvent[]): Uint8Array[] {
  const sorted = sortedByDate(events);
  const slices: Uint8Array[] = [];
  for (let i = 0; i < sorted.length; i += PREVIEW_SLICE) slices.push(encoder.encode(writeSlice(sorted.slice(i, i + PREVIEW_SLICE))));
  return slices;
}

/** Slices are written at once here: nothing waits on this thread. */
const now = () => Promise.resolve();

self.onmessage = async ({ data }: MessageEvent<CheckRequest>) => {
  if (data.type === "open") {
    try {
      const { draft, notes } = await readForStudio(new Uint8Array(data.bytes), data.name);
      const slices = await writeDraftSlices(draft, now);
      post({ type: "opened", draft: slices, notes }, buffersOf(slices));
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
  const events = dataset ? previewSlices(dataset.events) : [];
  post(
    { type: "previewed", head: dataset && { ...dataset, events: [] }, events, leftOut },
    events.map((slice) => slice.buffer as ArrayBuffer),
  );
};
