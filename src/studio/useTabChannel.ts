import { useEffect, useRef } from "react";
import type { DraftStore } from "./draftStore";
import type { Write } from "./draftSync";
import { readMessage, type Outgoing } from "./tabSync";

/** Where the studio's tabs tell each other their changes (same origin only, by the browser). */
const CHANNEL = "timeline-studio-drafts";

type TabAction = { type: "remote"; key: string; writes: Write[] } | { type: "catchUp"; draft: unknown };

/** This tab's changes sent to the other tabs of the studio, theirs received; and, whenever this
 * tab comes back to the front, the stored draft read: another tab's save is caught up with, and
 * storage cleared meanwhile is noticed. */
export function useTabChannel(
  store: DraftStore,
  state: { key: string; tab: string; outbox: Outgoing[] },
  restored: boolean,
  dispatch: (action: TabAction) => void,
) {
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const opened = new BroadcastChannel(CHANNEL);
    opened.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (message) dispatch({ type: "remote", key: message.key, writes: message.writes });
    };
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [dispatch]);

  const sent = useRef(new WeakSet<Outgoing>());
  useEffect(() => {
    for (const batch of state.outbox) {
      if (sent.current.has(batch)) continue;
      sent.current.add(batch);
      try {
        channel.current?.postMessage(batch);
      } catch {
        // Not to be sent (it cannot be copied): the other tabs catch up from storage.
      }
    }
  }, [state.outbox]);

  const { key, tab } = state;
  useEffect(() => {
    if (!restored) return;
    const look = () => {
      if (document.visibilityState !== "visible") return;
      void store.stillKept(key);
      void store.savedByAnother(key, tab).then((draft) => draft && dispatch({ type: "catchUp", draft }));
    };
    window.addEventListener("focus", look);
    document.addEventListener("visibilitychange", look);
    return () => {
      window.removeEventListener("focus", look);
      document.removeEventListener("visibilitychange", look);
    };
  }, [store, key, tab, restored, dispatch]);
}
