/// <reference lib="webworker" />
// The studio's draft worker: a file opened, and a long draft's whole check with its preview's part,
// done off the page's thread, where they would freeze it for up to seconds (checkProtocol.ts).
import { sortedByDate } from "../dataset/datasetIndex";
import { writeSlice } from "../dataset/eventSlices";
import type { TimelineEvent } from "../dataset/schema";
import type { CheckAnswer, CheckRequest } from "./checkProtocol";
import { checkDraft } from "./draftCheck";
import { buffersOf, readDraftSlices, writeDraftSlices } from "./draftSlices";
import type { DraftDataset } from "./draftStore";
import { readForStudio } from "./openFile";
import { previewDraft } from "./previewDraft";

const post = (answer: CheckAnswer, transfer: Transferable[] = []) => self.postMessage(answer, transfer);

/** Events a slice of the preview's: each read on the page in a few milliseconds. */
const PREVIEW_SLICE = 500;

const encoder = new TextEncoder();

/** The preview's events in date order (the frame indexes them as they are), as slices of UTF-8
 * bytes, moved to the page and on to the frame: as text, a long draft's events were cloned on the
 * page's thread in one task as they arrived. */
function previewSlices(events: readonly TimelineEvent[]): Uint8Array[] {
  const sorted = sortedByDate(events);
  const slices: Uint8Array[] = [];
  for (let i = 0; i < sorted.length; i += PREVIEW_SLICE) slices.push(encoder.encode(writeSlice(sorted.slice(i, i + PREVIEW_SLICE))));
  return slices;
}

/** Slices are written at once here: nothing waits on this thread. */
const now = () => Promise.resolve();

/** The last draft read (opened, or sent to be checked): checked again without being sent again. */
let held: { id: number; draft: DraftDataset } | null = null;

self.onmessage = async ({ data }: MessageEvent<CheckRequest>) => {
  if (data.type === "open") {
    try {
      const { draft, notes } = await readForStudio(new Uint8Array(data.bytes), data.name);
      held = { id: data.id, draft };
      const slices = await writeDraftSlices(draft, now);
      post({ type: "opened", id: data.id, draft: slices, notes }, buffersOf(slices));
    } catch (error) {
      post({ type: "refused", id: data.id, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (data.draft) held = { id: data.id, draft: readDraftSlices(data.draft) };
  if (held?.id !== data.id) return post({ type: "gone", id: data.id });
  const { draft } = held;
  const { dataset, leftOut } = previewDraft(draft, data.untitled);
  const events = dataset ? previewSlices(dataset.events) : [];
  post(
    { type: "checked", id: data.id, ...checkDraft(draft), preview: { head: dataset && { ...dataset, events: [] }, events, leftOut } },
    events.map((slice) => slice.buffer as ArrayBuffer),
  );
};
