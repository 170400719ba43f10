import { ALL_APP_KEYS } from "../lib/appKeys";
import { isPlainClick, opensInPlace } from "../lib/plainClick";

/** How long a held click on a link waits for the app before the browser follows it after all. */
const LINK_PATIENCE_MS = 4000;

/** Until the app has hydrated the prerendered page, its buttons and keys do nothing by themselves,
 * and its links to the site's own pages would load those pages. Hold those clicks and keys, and
 * hand them on, in order, once the app listens: nothing a quick reader does is lost, and a link
 * selects in place as it will from then on; in a frame, so are the host page's messages. (Should
 * the app not come, a held link is followed.)
 * Returns the function that hands them on. */
export function holdEarlyEvents(root: HTMLElement): () => void {
  // Each held event, with the address of the link it was on: the app may redraw that link (the
  // first paint's plans for other widths go once the app has measured the frame).
  const held: { event: Event; href?: string | null; button?: ButtonMark | null; crowd?: string | null }[] = [];
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
    held.push({
      event,
      href: link?.getAttribute("href"),
      button: markOf(target.closest("button")),
      crowd: target.closest("[data-crowd-id]")?.getAttribute("data-crowd-id"),
    });
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  // In a frame, what the host page asks (a selection) waits for the app too.
  const holdMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || window.parent === window) return;
    held.push({ event });
    event.stopImmediatePropagation();
  };
  document.addEventListener("click", hold, true);
  document.addEventListener("keydown", hold, true);
  window.addEventListener("message", holdMessage);
  return () => {
    released = true;
    document.removeEventListener("click", hold, true);
    document.removeEventListener("keydown", hold, true);
    window.removeEventListener("message", holdMessage);
    for (const { event, href, button, crowd } of held) {
      if (event instanceof MessageEvent) {
        window.dispatchEvent(
          new MessageEvent(event.type, { data: event.data, origin: event.origin, source: event.source, ports: [...event.ports] }),
        );
        continue;
      }
      const target = (event.target as Element).isConnected
        ? event.target
        : href
          ? root.querySelector(`a[href="${CSS.escape(href)}"]`)
          : crowd
            ? root.querySelector(`[data-crowd-id="${CSS.escape(crowd)}"]`)
            : button && findButton(root, button);
      if (!target) continue;
      // An event's own fields are a valid init dictionary for its copy.
      const copy = event instanceof KeyboardEvent ? new KeyboardEvent(event.type, event) : new MouseEvent(event.type, event as MouseEvent);
      target.dispatchEvent(copy);
    }
  };
}

/** A button as the app will draw it again: a page drawn without React (a `?data=` file's first
 * paint) is replaced, not hydrated, so a tap held on its Menu must find the app's Menu. */
type ButtonMark = { classes: string[]; text: string };

function markOf(button: HTMLButtonElement | null): ButtonMark | null {
  return button ? { classes: [...button.classList], text: button.textContent?.trim() ?? "" } : null;
}

function findButton(root: HTMLElement, { classes, text }: ButtonMark): Element | null {
  const selector = `button${classes.map((name) => `.${CSS.escape(name)}`).join("")}`;
  return [...root.querySelectorAll(selector)].find((button) => button.textContent?.trim() === text) ?? null;
}
