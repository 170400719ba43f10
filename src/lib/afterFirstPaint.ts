import { afterNextPaint } from "./afterNextPaint";

/** How long to wait, at most, for a first paint on a page in view: a busy phone can take this long. */
const PAINT_WAIT_MS = 3000;

/** The browser has reported the first contentful paint and, where it reports them, the first
 * largest-contentful-paint candidate (its report can come a frame later). */
function hasPainted(largestSeen: boolean): boolean {
  const contentful = performance.getEntriesByType("paint").some((entry) => entry.name === "first-contentful-paint");
  return contentful && (largestSeen || !PerformanceObserver.supportedEntryTypes.includes("largest-contentful-paint"));
}

/** Runs `callback` once `element`'s first content is on screen (the browser has reported its first
 * paint), so nothing `callback` asks for competes with what that paint needs. A page out of view
 * (a frame below its host's fold, a background tab) is not painted until the reader gets there:
 * it goes on at once. */
export function afterFirstPaint(element: Element, callback: () => void): void {
  if (
    typeof PerformanceObserver === "undefined" ||
    typeof IntersectionObserver === "undefined" ||
    !PerformanceObserver.supportedEntryTypes?.includes("paint")
  ) {
    afterNextPaint(callback);
    return;
  }
  let done = false;
  let largestSeen = false;
  const go = () => {
    if (done) return;
    done = true;
    paints.disconnect();
    inView.disconnect();
    clearTimeout(waited);
    setTimeout(callback);
  };
  const paints = new PerformanceObserver((entries) => {
    if (entries.getEntriesByType("largest-contentful-paint").length) largestSeen = true;
    if (hasPainted(largestSeen)) go();
  });
  paints.observe({ type: "paint", buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes("largest-contentful-paint"))
    paints.observe({ type: "largest-contentful-paint", buffered: true });
  const inView = new IntersectionObserver(([entry]) => {
    if (!entry?.isIntersecting || document.visibilityState === "hidden") go();
  });
  inView.observe(element);
  const waited = setTimeout(go, PAINT_WAIT_MS);
}
