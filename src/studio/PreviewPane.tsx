import { useEffect, useRef, useState } from "react";
import type { DraftDataset } from "./draftStore";
import { DRAFT_MESSAGE, DRAWN_MESSAGE, type DraftMessage } from "./previewProtocol";
import { useStudioI18n } from "./studioI18n";

/** The explorer itself, in a frame of this site, drawing the draft as it is edited, on the event
 * being edited. A frame keeps the explorer's address (its selection) and styles its own. */
export function PreviewPane({ dataset, editingEventId }: { dataset: DraftDataset; editingEventId: string | null }) {
  const { t, lang } = useStudioI18n();
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== frame.current?.contentWindow) return;
      if (e.data?.type === "studio:ready") setReady(true);
      if (e.data?.type === DRAWN_MESSAGE) setStale(e.data.events === null);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  // Each change as soon as it is committed: the frame draws them in turn, each in a few tens of
  // milliseconds even at a thousand events.
  useEffect(() => {
    if (!ready) return;
    const message: DraftMessage = { type: DRAFT_MESSAGE, dataset, editingEventId };
    frame.current?.contentWindow?.postMessage(message, window.location.origin);
  }, [ready, dataset, editingEventId]);

  return (
    <section className="preview-pane" aria-label={t("preview")}>
      {stale && (
        <p className="preview-stale" role="status">
          {t("previewStale")}
        </p>
      )}
      <iframe ref={frame} title={t("previewFrame")} src={`preview.html?data=draft&lang=${lang}`} />
    </section>
  );
}
