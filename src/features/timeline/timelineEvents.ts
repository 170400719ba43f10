import type { Timeline } from "vis-timeline/esnext";
import { hideCutAxisLabels } from "./axisEdges";

/** What the controller hears of vis-timeline and of its container. */
export interface TimelineListeners {
  /** Every frame of a pan or zoom, and at its end; `byUser` where the reader moved it. */
  onRange: (byUser: boolean) => void;
  /** Once, when its first drawing is in the page. */
  onDrawn: () => void;
  /** A click or tap on an item (a crowd's id, an event's), or on empty space (undefined). */
  onSelectItem: (id: string | undefined) => void;
  /** A click on a crowd's count, or on a period's band (drawn behind the items, where vis-timeline
   * selects nothing). */
  onCrowd: (id: string) => void;
  onPeriod: (id: string) => void;
  /** The container's width, when it changes. */
  onWidth: (width: number) => void;
}

/** Wires vis-timeline's events and its container's to `listeners`; returns the unwiring. */
export function listenToTimeline(timeline: Timeline, container: HTMLElement, listeners: TimelineListeners): () => void {
  const range = ({ byUser }: { byUser?: boolean }) => listeners.onRange(byUser === true);
  timeline.on("rangechange", range);
  timeline.on("rangechanged", range);
  // Only the first drawing matters; 'changed' fires on every redraw (every frame of a pan).
  const firstDrawn = () => {
    timeline.off("changed", firstDrawn);
    listeners.onDrawn();
  };
  // vis-timeline often draws inside its constructor, before anyone could listen: its loading
  // screen is then gone already.
  if (container.querySelector(".vis-loading-screen")) timeline.on("changed", firstDrawn);
  else listeners.onDrawn();
  // After every redraw (a pan's every frame too): the axis's labels that its edges would cut, hidden.
  const axisLabels = () => hideCutAxisLabels(container);
  timeline.on("changed", axisLabels);
  axisLabels();
  timeline.on("select", ({ items }: { items: string[] }) => listeners.onSelectItem(items[0]));
  const onBandClick = (e: MouseEvent) => {
    const target = e.target as Element;
    const crowdId = target.closest?.("[data-crowd-id]")?.getAttribute("data-crowd-id");
    if (crowdId) return listeners.onCrowd(crowdId);
    const periodId = target.closest?.("[data-period-id]")?.getAttribute("data-period-id");
    if (periodId) listeners.onPeriod(periodId);
  };
  container.addEventListener("click", onBandClick);
  const resizes = new ResizeObserver(([entry]) => listeners.onWidth(entry!.contentRect.width));
  resizes.observe(container);
  return () => {
    resizes.disconnect();
    container.removeEventListener("click", onBandClick);
    timeline.off("changed", firstDrawn);
    timeline.off("changed", axisLabels);
    timeline.off("rangechange", range);
    timeline.off("rangechanged", range);
  };
}
