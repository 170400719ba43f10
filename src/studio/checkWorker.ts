/// <reference lib="webworker" />
// The check worker: a long draft's whole check, and its preview's part, done off the page's
// thread, where they would hold up the reporter's next key for up to a second (checkProtocol.ts).
import { writeSlice } from "../dataset/eventSlices";
import type { CheckAnswer, CheckRequest } from "./checkProtocol";
import { checkDraft } from "./draftCheck";
import { readDraftSlices } from "./draftSlices";
import { previewDraft } from "./previewDraft";

const post = (answer: CheckAnswer) => self.postMessage(answer);

self.onmessage = ({ data }: MessageEvent<CheckRequest>) => {
  if (data.type === "check") {
    post({ type: "checked", ...checkDraft(readDraftSlices(data.draft)) });
    return;
  }
  const { dataset, leftOut } = previewDraft(readDraftSlices(data.draft), data.untitled);
  post({ type: "previewed", head: dataset && { ...dataset, events: [] }, events: dataset ? writeSlice(dataset.events) : "[]", leftOut });
};
