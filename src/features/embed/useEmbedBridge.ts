import { useEffect } from "react";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { isFramed } from "../../lib/frame";
import { selectEvent } from "../../url/navigation";
import { parseSelectRequest, SELECT_MESSAGE } from "./embedProtocol";
import { postToParent, reportHeight } from "./reportHeight";

/** Tells the parent the content height, as `reportHeight` does, while `enabled`. */
export function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (enabled && isFramed()) return reportHeight(document.getElementById("root")!);
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
