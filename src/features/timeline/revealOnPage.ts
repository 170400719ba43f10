import type { Timeline } from "vis-timeline/esnext";
import { isFramed } from "../../lib/frame";

/** Longer than vis-timeline's window animation. */
const REVEAL_FOR_MS = 800;

/** A tall stack on a phone can put the selected box below the fold: scrolls the page to it, for
 * as long as vis-timeline may still be moving it (a window's animation restacks the boxes).
 * Never in a frame, where that would scroll the host page. Returns a function that stops. */
export function revealOnPage(timeline: Timeline, container: HTMLElement, id: string): () => void {
  if (isFramed()) return () => {};
  const reveal = () => {
    const box = container.querySelector(`.vis-item.vis-selected[data-event-id="${CSS.escape(id)}"]`);
    const rect = box?.getBoundingClientRect();
    if (rect && (rect.top < 0 || rect.bottom > window.innerHeight)) box!.scrollIntoView({ block: "nearest" });
  };
  const stop = () => {
    clearTimeout(timer);
    timeline.off("changed", reveal);
  };
  const timer = setTimeout(stop, REVEAL_FOR_MS);
  timeline.on("changed", reveal);
  reveal();
  return stop;
}
