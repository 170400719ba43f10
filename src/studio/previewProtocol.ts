import type { DraftDataset } from "./draftStore";

/** The studio's message to its preview frame: the draft as it stands, and the event being edited. */
export const DRAFT_MESSAGE = "studio:draft";
export interface DraftMessage {
  type: typeof DRAFT_MESSAGE;
  dataset: DraftDataset;
  editingEventId: string | null;
}

/** The preview's answer: what it drew (null: the draft has problems, the last good one stays). */
export const DRAWN_MESSAGE = "studio:drawn";
export interface DrawnMessage {
  type: typeof DRAWN_MESSAGE;
  events: number | null;
}

export function isDraftMessage(data: unknown): data is DraftMessage {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as DraftMessage).type === DRAFT_MESSAGE &&
    typeof (data as DraftMessage).dataset === "object"
  );
}
