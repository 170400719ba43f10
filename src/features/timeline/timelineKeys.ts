import type { TimelineEvent } from "../../dataset/schema";
import { APP_KEYS } from "../../lib/appKeys";
import { lowerBound } from "../../lib/lowerBound";

export type TimelineKeyAction = { select: string } | { zoom: "in" | "out" } | null;

/** What a key does on the timeline: arrows walk the events in date order (later is to the right
 * in English, to the left in Arabic and Persian), Home/End jump, + and − zoom. `events` is the
 * index's list or a part of it in the same order (a search's matches); `positionById` is each
 * event's place in the index's list. */
export function timelineKeyAction(
  key: string,
  events: readonly TimelineEvent[],
  selectedId: string | null,
  dir: "ltr" | "rtl",
  positionById: ReadonlyMap<string, number>,
): TimelineKeyAction {
  if (!events.length) return null;
  const current = selectedId ? positionIn(events, selectedId, positionById) : -1;
  const { left, right } = APP_KEYS;
  const [later, earlier] = dir === "rtl" ? [left, right] : [right, left];
  const at = (i: number) => ({ select: events[Math.min(Math.max(i, 0), events.length - 1)]!.id });
  if (key === later || key === APP_KEYS.later) return at(current + 1);
  if (key === earlier || key === APP_KEYS.earlier) return at(current === -1 ? events.length - 1 : current - 1);
  if (key === APP_KEYS.first) return at(0);
  if (key === APP_KEYS.last) return at(events.length - 1);
  if ((APP_KEYS.zoomIn as readonly string[]).includes(key)) return { zoom: "in" };
  if ((APP_KEYS.zoomOut as readonly string[]).includes(key)) return { zoom: "out" };
  return null;
}

/** `id`'s place in `events`, or -1: its place in the index's list where `events` is that list, else
 * found by binary search on the index's places (a part of that list keeps its order), so a key
 * reads a few events, never the whole list. */
function positionIn(events: readonly TimelineEvent[], id: string, positionById: ReadonlyMap<string, number>): number {
  const position = positionById.get(id);
  if (position === undefined) return -1;
  if (events[position]?.id === id) return position;
  const at = lowerBound(events.length, (i) => (positionById.get(events[i]!.id) ?? -1) < position);
  return events[at]?.id === id ? at : -1;
}
