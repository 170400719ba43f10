/** A screen whose main pointer is a finger (a phone, a tablet). The stylesheet's
 * `@media (pointer: coarse)` rules mean the same. */
const TOUCH_SCREEN = "(pointer: coarse)";

export const isTouchScreen = (): boolean => typeof matchMedia === "function" && matchMedia(TOUCH_SCREEN).matches;

/** Calls `notify` when the main pointer changes (a tablet docked to a keyboard); returns the unsubscriber. */
export function onTouchScreenChange(notify: () => void): () => void {
  const query = matchMedia(TOUCH_SCREEN);
  query.addEventListener("change", notify);
  return () => query.removeEventListener("change", notify);
}
