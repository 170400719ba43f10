import { useEffect } from "react";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { isFramed } from "../../lib/frame";
import { selectEvent } from "../../url/navigation";
import { heightMessages, parseSelectRequest, SELECT_MESSAGE, type OutgoingMessage } from "./embedProtocol";

function postToParent(message: OutgoingMessage): void {
  try {
    window.parent.postMessage(message, "*");
  } catch {
    // A detached or sandboxed parent: nothing to tell.
  }
}

/** Tells the parent the content height once there is content, and whenever it changes, so it can
 * size the iframe without a scrollbar. A frame below the host's fold gets no rendering updates, so
 * a ResizeObserver alone would sit on the loading screen's height until the reader scrolls there:
 * every change to the page's nodes is measured too (a MutationObserver runs unthrottled, and
 * measuring lays the page out). Observes, never polls. */
export function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || !isFramed() || typeof ResizeObserver === "undefined") return;
    const root = document.getElementById("root")!;
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
  }, [enabled]);
}

/** After a request from the parent is selected, how long the next ones are gathered before the
 * latest is: a lone request is answered at once, a flood costs one selection (and one answer) per
 * interval, not one per message. */
const SELECT_COALESCE_MS = 50;

/** Selection both ways: tells the parent what the reader selects, and selects what
 * the parent asks for (malformed requests and unknown ids are ignored). */
export function useSelectionBridge(enabled: boolean, index: DatasetIndex, selectedId: string | null): void {
  useEffect(() => {
    if (!enabled || !isFramed()) return;
    let latest: string | null = null;
    let gathering: ReturnType<typeof setTimeout> | undefined;
    // The parent drives this selection, so it replaces rather than adds a history entry.
    const select = (id: string) => {
      latest = null;
      selectEvent(id, { replace: true });
      gathering = setTimeout(() => {
        gathering = undefined;
        if (latest) select(latest);
      }, SELECT_COALESCE_MS);
    };
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent) return;
      const id = parseSelectRequest(e.data);
      if (!id || !index.eventById.has(id)) return;
      if (gathering) latest = id;
      else select(id);
    };
    window.addEventListener("message", onMessage);
    return () => {
      clearTimeout(gathering);
      window.removeEventListener("message", onMessage);
    };
  }, [enabled, index]);

  useEffect(() => {
    if (enabled && isFramed() && selectedId && index.eventById.has(selectedId)) {
      postToParent({ type: SELECT_MESSAGE, id: selectedId });
    }
  }, [enabled, index, selectedId]);
}
