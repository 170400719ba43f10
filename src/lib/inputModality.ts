import { isFramed } from "./frame";

/** Whether the reader's last input was the keyboard (rather than a pointer: mouse, pen, touch).
 * A focus moved by script shows its ring only after keyboard input, as a native focus would.
 * Kept in the module on purpose: it is a fact about the window, not about a mount, heard from the
 * page's first script (a key pressed before the app counts), and every mount on the page should
 * read the same answer, as `:focus-visible` does. */
let keyboard = false;
if (typeof window !== "undefined") {
  window.addEventListener("keydown", () => (keyboard = true), { capture: true });
  window.addEventListener("pointerdown", () => (keyboard = false), { capture: true });
}

/** Focuses `element`, with a visible ring only if the keyboard brought the reader here. In a
 * frame it never scrolls: focusing scrolls every ancestor document too, the host page included. */
export function focusAsInput(element: HTMLElement): void {
  element.focus({ focusVisible: keyboard, preventScroll: isFramed() });
}
