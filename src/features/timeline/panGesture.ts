import type { valueStore } from "../../lib/valueStore";

// Free of React: the page's entry (main.tsx) watches for a pan with it before the app has loaded.

/** How far a finger moves before its way is known. */
const SLOP_PX = 10;

/** Calls `onPan` once, at the first sign that the reader means to pan or zoom `element`: a finger
 * moving more across than down, two fingers, or a wheel. A tap (a selection) and a vertical swipe
 * (a scroll of the page) are not that. Returns a function that stops watching. */
export function watchForPan(element: HTMLElement, onPan: () => void): () => void {
  let start: { x: number; y: number } | null = null;
  const onTouchStart = (e: TouchEvent) => {
    const touch = e.touches[0];
    start = touch ? { x: touch.clientX, y: touch.clientY } : null;
    if (e.touches.length > 1) pan();
  };
  const onTouchMove = (e: TouchEvent) => {
    const touch = e.touches[0];
    if (!touch) return;
    // A finger already down when this began watching: its way is read from here.
    if (!start) start = { x: touch.clientX, y: touch.clientY };
    const [dx, dy] = [Math.abs(touch.clientX - start.x), Math.abs(touch.clientY - start.y)];
    if (e.touches.length > 1 || (dx > SLOP_PX && dx > dy)) pan();
  };
  const listeners = [
    ["touchstart", onTouchStart],
    ["touchmove", onTouchMove],
    ["wheel", () => pan()],
  ] as const;
  const stop = () => listeners.forEach(([type, listener]) => element.removeEventListener(type, listener as EventListener));
  function pan() {
    stop();
    onPan();
  }
  listeners.forEach(([type, listener]) => element.addEventListener(type, listener as EventListener, { passive: true }));
  return stop;
}

export type PanStore = ReturnType<typeof valueStore<boolean>>;
