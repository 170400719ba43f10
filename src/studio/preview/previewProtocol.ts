import type { PreviewSlices } from "../checkProtocol";
import type { DraftDataset } from "../draftStore";
import type { LeftOut } from "../previewDraft";

// The studio and its preview frame (same origin only) speak in these five messages, each checked on arrival.

/** The frame's word that it listens: sent by every page the frame loads (a language switch loads
 * another), naming the language its address asks for, so that a word from the page being left is
 * not taken for the new one's. */
export const READY_MESSAGE = "studio:ready";
export interface ReadyMessage {
  type: typeof READY_MESSAGE;
  /** The frame address's `lang` (null: none). */
  lang: string | null;
}

/** The studio's message to its preview frame: the draft as it stands (of a long one, its preview's
 * part as the studio's draft worker found it, which the frame reads a slice a task), and the event
 * being edited. */
export const DRAFT_MESSAGE = "studio:draft";
export interface DraftMessage {
  type: typeof DRAFT_MESSAGE;
  /** Which draft: a selection made in one never carries to another. */
  draftKey: string;
  dataset: DraftDataset | null;
  preview: PreviewSlices | null;
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
  /** The draft it drew: an answer about another draft is not shown beside this one. */
  draftKey: string;
  events: number | null;
  /** The first items left out (a bounded list), and how many in all. */
  leftOut: LeftOut[];
  leftOutCount: number;
}

/** The preview's word that it failed (its drawing threw): the studio says so in the preview's place,
 * and "Try again" loads the frame anew. */
export const FAILED_MESSAGE = "studio:failed";
export interface FailedMessage {
  type: typeof FAILED_MESSAGE;
  /** What went wrong, in the words of what was thrown. */
  message: string;
}

export const failedMessage = (message: string): FailedMessage => ({ type: FAILED_MESSAGE, message });

export function isFailedMessage(data: unknown): data is FailedMessage {
  return isMessage(data, FAILED_MESSAGE) && typeof (data as Partial<FailedMessage>).message === "string";
}

/** At most this many left-out items travel back: the studio lists every problem already. */
export const MAX_LEFT_OUT = 20;

const isMessage = (data: unknown, type: string): data is { type: string } =>
  typeof data === "object" && data !== null && (data as { type?: unknown }).type === type;

export const readyMessage = (lang: string | null): ReadyMessage => ({ type: READY_MESSAGE, lang });

export function isReadyMessage(data: unknown): data is ReadyMessage {
  if (!isMessage(data, READY_MESSAGE)) return false;
  const { lang } = data as Partial<ReadyMessage>;
  return lang === null || typeof lang === "string";
}

/** Whether the frame that said it listens is the page now asked for: false again as soon as the frame's language changes. */
export const isReadyFor = (ready: ReadyMessage | null, lang: string): boolean => ready !== null && ready.lang === lang;

export function isDraftMessage(data: unknown): data is DraftMessage {
  if (!isMessage(data, DRAFT_MESSAGE)) return false;
  const message = data as Partial<DraftMessage>;
  const draft =
    message.dataset === null
      ? message.preview !== null && isPreviewSlices(message.preview)
      : typeof message.dataset === "object" && message.preview === null;
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
    typeof message.draftKey === "string" &&
    (message.events === null || typeof message.events === "number") &&
    Array.isArray(message.leftOut) &&
    message.leftOut.length <= MAX_LEFT_OUT &&
    message.leftOut.every(isLeftOut) &&
    typeof message.leftOutCount === "number" &&
    message.leftOutCount >= message.leftOut.length
  );
}

/** A long draft's preview: its head (an object, or null), its events as bytes, what it left out. */
function isPreviewSlices(data: unknown): data is PreviewSlices {
  if (typeof data !== "object" || data === null) return false;
  const { head, events, leftOut } = data as Partial<PreviewSlices>;
  return (
    typeof head === "object" &&
    Array.isArray(events) &&
    events.every((slice) => slice instanceof Uint8Array) &&
    Array.isArray(leftOut) &&
    leftOut.every(isLeftOut)
  );
}

const LEFT_OUT_KINDS: readonly unknown[] = ["events", "periods", "sources", "categories"] satisfies LeftOut["kind"][];

function isLeftOut(data: unknown): data is LeftOut {
  if (typeof data !== "object" || data === null) return false;
  const item = data as Partial<LeftOut>;
  return (
    typeof item.path === "string" &&
    LEFT_OUT_KINDS.includes(item.kind) &&
    typeof item.name === "string" &&
    Array.isArray(item.problems) &&
    item.problems.every(isProblem)
  );
}

function isProblem(data: unknown): boolean {
  if (typeof data !== "object" || data === null) return false;
  const { path, message } = data as { path?: unknown; message?: unknown };
  return typeof path === "string" && typeof message === "string";
}

/** The preview's answer, if it is about the draft being edited (null: none, or another draft's). */
export const drawnFor = (data: unknown, draftKey: string): DrawnMessage | null =>
  isDrawnMessage(data) && data.draftKey === draftKey ? data : null;
