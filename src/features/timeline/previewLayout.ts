import type { TimelineEvent } from "../dataset/schema";
import { ITEM_BOX } from "./itemBox";
import type { TimeWindow } from "./timeWindows";

export interface PreviewItem {
  event: TimelineEvent;
  /** Position of the event's date across the window, 0–100 (left to right). */
  x: number;
  /** 0 is the row next to the axis. */
  lane: number;
}

/** Where the static preview (drawn before vis-timeline has loaded) puts each box: at its date,
 * stacked above the axis the way vis-timeline stacks them, the selected event first. Boxes that
 * would need more than `maxLanes` rows are left out: the real timeline shows them moments later. */
export function previewLayout(
  events: readonly TimelineEvent[],
  window: TimeWindow,
  widthPx: number,
  selectedId: string | null,
): PreviewItem[] {
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const inWindow = events.filter((e) => e.date.start.getTime() >= start && e.date.start.getTime() <= start + span);
  const selected = inWindow.find((e) => e.id === selectedId);
  const ordered = selected ? [selected, ...inWindow.filter((e) => e !== selected)] : inWindow;
  const placed: (PreviewItem & { px: number })[] = [];
  const width = Math.max(widthPx, 1);
  for (const event of ordered) {
    const x = ((event.date.start.getTime() - start) / span) * 100;
    const px = (x / 100) * width;
    const clear = (other: { px: number }) => Math.abs(other.px - px) >= ITEM_BOX.width + ITEM_BOX.gap;
    let lane = 0;
    while (lane < ITEM_BOX.maxLanes && !placed.filter((p) => p.lane === lane).every(clear)) lane++;
    if (lane < ITEM_BOX.maxLanes) placed.push({ event, x, lane, px });
  }
  return placed.map(({ event, x, lane }) => ({ event, x, lane }));
}
