import { isDraftSlices, type DraftSlices } from "./draftSlices";
import type { DraftDataset } from "./draftStore";
import type { LeftOut } from "./previewDraft";

// The studio and its preview frame (same origin only) speak in these three messages, each checked on arrival.

/** The frame's word that it listens: sent by every page the frame loads (a language switch loads another). */
export const READY_MESSAGE = "studio:ready";
export interface ReadyMessage {
  type: typeof READY_MESSAGE;
}

/** The studio's message to its preview frame: the draft as it stands (a long one written in slices,
 * which the frame hands to its check worker as they are), and the event being edited. */
export const DRAFT_MESSAGE = "studio:draft";
export interface DraftMessage {
  type: typeof DRAFT_MESSAGE;
  /** Which draft: a selection made in one never carries to another. */
  draftKey: string;
  dataset: DraftDataset | null;
  slices: DraftSlices | null;
  editingEventId: string | null;
  /** The title shown while the reporter has typed none. */
  untitled: string;
}

/** The studio's word that the reporter is editing another event of a long draft already posted:
 * the frame moves its selection without drawing the draft again. */
export const EDITING_MESSAGE = "studio:editing";
export interface EditingMessage {
  type: typeof EDITING_MESSAGE;
  draftKey: string;
  editingEventId: string | null;
}

/** The preview's answer: how many events it drew (null: none yet), and what it left out and why. */
export const DRAWN_MESSAGE = "studio:drawn";
export interface DrawnMessage {
  type: typeof DRAWN_MESSAGE;
  events: number | null;
  /** The first items left out (a bounded list), and how many in all. */
  leftOut: LeftOut[];
  leftOutCount: number;
}

/** At most this many left-out items travel back: the studio lists every problem already. */
export const MAX_LEFT_OUT = 20;

const isMessage = (data: unknown, type: string): data is { type: string } =>
  typeof data === "object" && data !== null && (data as { type?: unknown }).type === type;

export const isReadyMessage = (data: unknown): data is ReadyMessage => isMessage(data, READY_MESSAGE);

export function isDraftMessage(data: unknown): data is DraftMessage {
  if (!isMessage(data, DRAFT_MESSAGE)) return false;
  const message = data as Partial<DraftMessage>;
  const draft =
    message.dataset === null
      ? message.slices !== null && isDraftSlices(message.slices)
      : typeof message.dataset === "object" && message.slices === null;
  return (
    draft &&
    typeof message.draftKey === "string" &&
    typeof message.untitled === "string" &&
    (message.editingEventId === null || typeof message.editingEventId === "string")
  );
}

export function isEditingMessage(data: unknown): data is EditingMessage {
  if (!isMessage(data, EDITING_MESSAGE)) return false;
  const message = data as Partial<EditingMessage>;
  return typeof message.draftKey === "string" && (message.editingEventId === null || typeof message.editingEventId === "string");
}

export function isDrawnMessage(data: unknown): data is DrawnMessage {
  if (!isMessage(data, DRAWN_MESSAGE)) return false;
  const message = data as Partial<DrawnMessage>;
  return (
    (message.events === null || typeof message.events === "number") &&
    Array.isArray(message.leftOut) &&
    typeof message.leftOutCount === "number"
  );
}
