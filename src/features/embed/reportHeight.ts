import { heightMessages, type OutgoingMessage } from "./embedProtocol";

export function postToParent(message: OutgoingMessage): void {
  try {
    window.parent.postMessage(message, "*");
  } catch {
    // A detached or sandboxed parent: nothing to tell.
  }
}

/** Tells the parent the content height of `root` now, and whenever it changes, so it can size the
 * iframe without a scrollbar. A frame below the host's fold gets no rendering updates, so a
 * ResizeObserver alone would sit on the loading screen's height until the reader scrolls there:
 * every change to the page's nodes is measured too (a MutationObserver runs unthrottled, and
 * measuring lays the page out). Observes, never polls. Returns the function that stops it. */
export function reportHeight(root: HTMLElement): () => void {
  if (typeof ResizeObserver === "undefined") return () => {};
  let last = -1;
  const report = () => {
    // Not the loading screen's height: the first height the host hears is the real one.
    if (root.querySelector(".loading")) return;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    heightMessages(height).forEach(postToParent);
  };
  const resizes = new ResizeObserver(report);
  resizes.observe(root);
  const mutations = new MutationObserver(report);
  mutations.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  report();
  return () => {
    resizes.disconnect();
    mutations.disconnect();
  };
}
