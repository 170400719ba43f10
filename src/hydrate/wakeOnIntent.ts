/** What a reader does on reaching for the page: a touch, a key, focus, a wheel, a click (a screen
 * reader's double tap may send only that). */
const REACHING = ["pointerdown", "touchstart", "keydown", "focusin", "wheel", "click"] as const;

/** Calls `wake` once, at the first sign that the reader wants more of the page than it shows:
 * any of `REACHING`, a changed address, or (in a frame) a message from the host page. Listens
 * first, in the capture phase: set it up before anything that holds those events. */
export function wakeOnIntent(wake: () => void): void {
  const options = { capture: true, passive: true } as const;
  const onIntent = () => {
    REACHING.forEach((type) => document.removeEventListener(type, onIntent, options));
    window.removeEventListener("message", onIntent, options);
    window.removeEventListener("hashchange", onIntent, options);
    wake();
  };
  REACHING.forEach((type) => document.addEventListener(type, onIntent, options));
  window.addEventListener("message", onIntent, options);
  window.addEventListener("hashchange", onIntent, options);
}
