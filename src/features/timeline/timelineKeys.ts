import type { TimelineEvent } from "../../dataset/schema";

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
  const [later, earlier] = dir === "rtl" ? ["ArrowLeft", "ArrowRight"] : ["ArrowRight", "ArrowLeft"];
  const at = (i: number) => ({ select: events[Math.min(Math.max(i, 0), events.length - 1)]!.id });
  if (key === later || key === "ArrowDown") return at(current + 1);
  if (key === earlier || key === "ArrowUp") return at(current === -1 ? events.length - 1 : current - 1);
  if (key === "Home") return at(0);
  if (key === "End") return at(events.length - 1);
  if (key === "+" || key === "=") return { zoom: "in" };
  if (key === "-" || key === "_") return { zoom: "out" };
  return null;
}

const positions = new WeakMap<readonly TimelineEvent[], Map<string, number>>();

/** `id`'s place in `events`, or -1: looked up, not searched for (each list is read once). */
function positionIn(events: readonly TimelineEvent[], id: string): number {
  let byId = positions.get(events);
  if (!byId) positions.set(events, (byId = new Map(events.map((event, i) => [event.id, i]))));
  return byId.get(id) ?? -1;
}
