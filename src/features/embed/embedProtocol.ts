/** The postMessage protocol between an embedded explorer and its parent page. */

export const HEIGHT_MESSAGE = "timeline:height";
export const SELECT_MESSAGE = "timeline:select";

export type OutgoingMessage =
  | { type: typeof HEIGHT_MESSAGE; height: number }
  | { type: typeof SELECT_MESSAGE; id: string }
  /** AMP's `amp-iframe` resize request. */
  | { sentinel: "amp"; type: "embed-size"; height: number };

/** Both forms a parent may listen for: ours and AMP's. */
export function heightMessages(height: number): OutgoingMessage[] {
  const rounded = Math.ceil(height);
  return [
    { type: HEIGHT_MESSAGE, height: rounded },
    { sentinel: "amp", type: "embed-size", height: rounded },
  ];
}

const MAX_ID_LENGTH = 200;

/** The event id a parent asks to select, or null for anything that is not
 * exactly `{ type: "timeline:select", id: <short string> }`. */
export function parseSelectRequest(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, id } = data as { type?: unknown; id?: unknown };
  if (type !== SELECT_MESSAGE || typeof id !== "string" || id === "" || id.length > MAX_ID_LENGTH) return null;
  return id;
}
