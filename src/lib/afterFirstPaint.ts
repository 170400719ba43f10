import { afterNextPaint } from "./afterNextPaint";

/** How long to wait for a first paint that may never come (a frame below its host's fold is not
 * painted until the reader scrolls there): past this, the page goes on without it. */
const NO_PAINT_MS = 300;

const hasPainted = () => performance.getEntriesByType("paint").some((entry) => entry.name === "first-contentful-paint");

/** Runs `callback` once the page's first content is on screen (the browser has reported its first
 * contentful paint), so nothing requested by `callback` competes with what that paint needs. */
export function afterFirstPaint(callback: () => void): void {
  if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes("paint") || hasPainted()) {
    afterNextPaint(callback);
    return;
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(noPaint);
    setTimeout(callback);
  };
  const observer = new PerformanceObserver(() => hasPainted() && go());
  observer.observe({ type: "paint" });
  const noPaint = setTimeout(go, NO_PAINT_MS);
}
