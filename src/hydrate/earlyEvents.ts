import { ALL_APP_KEYS } from "../lib/appKeys";
import { isPlainClick, opensInPlace } from "../lib/plainClick";

/** How long a held click on a link waits for the app before the browser follows it after all. */
const LINK_PATIENCE_MS = 4000;

/** Until the app has hydrated the prerendered page, its buttons and keys do nothing by themselves,
 * and its links to the site's own pages would load those pages. Hold those clicks and keys, and
 * hand them on, in order, once the app listens: nothing a quick reader does is lost, and a link
 * selects in place as it will from then on. (Should the app not come, a held link is followed.)
 * Returns the function that hands them on. */
export function holdEarlyEvents(root: HTMLElement): () => void {
  const held: Event[] = [];
  let released = false;
  const hold = (event: Event) => {
    const target = event.target as Element;
    // Keys with nothing focused go to the body; the search box's `/` listens there.
    if (!root.contains(target) && !(event instanceof KeyboardEvent && target === document.body)) return;
    const link = event instanceof MouseEvent ? target.closest("a[href]") : null;
    if (event instanceof MouseEvent && link instanceof HTMLAnchorElement) {
      // Links elsewhere, to a new tab, or with a modifier are the browser's.
      if (link.origin !== location.origin || !opensInPlace(link) || !isPlainClick(event)) return;
      setTimeout(() => released || location.assign(link.href), LINK_PATIENCE_MS);
    }
    // Keys the app does not answer (Tab, shortcuts) keep working natively.
    if (event instanceof KeyboardEvent && (!ALL_APP_KEYS.has(event.key) || event.ctrlKey || event.metaKey || event.altKey)) return;
    held.push(event);
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  document.addEventListener("click", hold, true);
  document.addEventListener("keydown", hold, true);
  return () => {
    released = true;
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
