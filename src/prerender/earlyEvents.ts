/** Keys the app answers (the timeline's, the search box's); Tab and shortcuts keep working natively. */
const APP_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "+", "=", "-", "_", "/", "Escape"]);

/** Until the app has hydrated the prerendered page, its buttons and keys do nothing by themselves
 * (links do: they only change the hash). Hold those clicks and keys, and hand them on, in order,
 * once the app listens: nothing a quick reader does is lost. Returns the function that does that. */
export function holdEarlyEvents(root: HTMLElement): () => void {
  const held: Event[] = [];
  const hold = (event: Event) => {
    const target = event.target as Element;
    // Keys with nothing focused go to the body; the search box's `/` listens there.
    if (!root.contains(target) && !(event instanceof KeyboardEvent && target === document.body)) return;
    if (event instanceof MouseEvent && target.closest("a[href]")) return;
    if (event instanceof KeyboardEvent && (!APP_KEYS.has(event.key) || event.ctrlKey || event.metaKey || event.altKey)) return;
    held.push(event);
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  document.addEventListener("click", hold, true);
  document.addEventListener("keydown", hold, true);
  return () => {
    document.removeEventListener("click", hold, true);
    document.removeEventListener("keydown", hold, true);
    for (const event of held) {
      if (!(event.target as Element).isConnected) continue;
      // An event's own fields are a valid init dictionary for its copy.
      const copy = event instanceof KeyboardEvent ? new KeyboardEvent(event.type, event) : new MouseEvent(event.type, event as MouseEvent);
      event.target!.dispatchEvent(copy);
    }
  };
}
