import type { TimelineEvent } from "../../dataset/schema";
import { APP_KEYS } from "../../lib/appKeys";

export type TimelineKeyAction = { select: string } | { zoom: "in" | "out" } | null;

/** What a key does on the timeline: arrows walk the events in date order (later is to the right
 * in English, to the left in Arabic and Persian), Home/End jump, + and − zoom. */
export function timelineKeyAction(
  key: string,
  events: readonly TimelineEvent[],
  selectedId: string | null,
  dir: "ltr" | "rtl",
): TimelineKeyAction {
  if (!events.length) return null;
  const current = selectedId ? positionIn(events, selectedId) : -1;
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

const positions = new WeakMap<readonly TimelineEvent[], Map<string, number>>();

/** `id`'s place in `events`, or -1: looked up, not searched for (each list is read once). */
function positionIn(events: readonly TimelineEvent[], id: string): number {
  let byId = positions.get(events);
  if (!byId) positions.set(events, (byId = new Map(events.map((event, i) => [event.id, i]))));
  return byId.get(id) ?? -1;
}
