import { useEffect, useRef, useState, type RefObject } from "react";
import { useErrorBoundary } from "react-error-boundary";
import { Isolated } from "./Isolated";
import type { DraftDataset } from "./draftStore";
import { fieldId } from "./Field";
import {
  DRAFT_MESSAGE,
  EDITING_MESSAGE,
  drawnFor,
  isFailedMessage,
  isReadyFor,
  isReadyMessage,
  type DraftMessage,
  type DrawnMessage,
  type EditingMessage,
  type ReadyMessage,
} from "./preview/previewProtocol";
import { problemWhat } from "./problemWords";
import { useStudioI18n } from "./studioI18n";
import type { DraftPreview } from "./useDraftCheck";
import { previewLanguage, useTranslating } from "./translating";

/** The explorer itself, in a frame of this site, drawing the draft as it is edited, on the event
 * being edited: every item that is whole from the first minute, and beside it what it left out and
 * why. A frame keeps the explorer's address (its selection) and styles its own. */
export function PreviewPane({
  dataset,
  long,
  preview,
  previewAgain,
  draftKey,
  editingEventId,
}: {
  dataset: DraftDataset;
  /** A draft too long to post whole: its preview's part, found by the draft worker, goes instead. */
  long: boolean;
  /** A long draft's preview, as found by the draft worker (the frame draws the latest found). */
  preview: DraftPreview | null;
  /** Asks a long draft's preview anew: its bytes moved to a frame since replaced (another language). */
  previewAgain: () => void;
  draftKey: string;
  editingEventId: string | null;
}) {
  const { t, lang } = useStudioI18n();
  const { target } = useTranslating();
  const frame = useRef<HTMLIFrameElement>(null);
  // Translating: the reader's view in that language, where the explorer speaks it.
  const shown = previewLanguage(target, lang);
  const src = `preview.html?data=draft&lang=${shown}`;
  const { readyWord, reply } = useFrameWords(frame);
  const ready = isReadyFor(readyWord, shown) ? readyWord : null;
  const drawn: DrawnMessage | null = drawnFor(reply, draftKey);
  const untitled = t("untitled");
  // Each change as soon as it is committed: the frame draws them in turn. In a long draft, the
  // event being edited is told on its own: the frame moves its selection, and draws nothing again.
  const shortDraft = long ? null : dataset;
  const editing = useRef(editingEventId);
  useEffect(() => {
    editing.current = editingEventId;
  }, [editingEventId]);
  const shortEditing = long ? null : editingEventId;
  // The long draft's preview last posted, and to which frame: its bytes moved there, not copied.
  const posted = useRef<{ ready: ReadyMessage; preview: DraftPreview } | null>(null);
  useEffect(() => {
    if (!ready) return;
    const post = (draft: Pick<DraftMessage, "dataset" | "preview">, transfer: ArrayBuffer[] = []) => {
      const message: DraftMessage = { type: DRAFT_MESSAGE, draftKey, ...draft, editingEventId: editing.current, untitled };
      frame.current?.contentWindow?.postMessage(message, { targetOrigin: window.location.origin, transfer });
    };
    if (!long) return post({ dataset: shortDraft, preview: null });
    if (preview?.key !== draftKey || (posted.current?.ready === ready && posted.current.preview === preview)) return;
    // Already moved to a frame since replaced: found anew by the worker, which keeps the draft.
    if (preview.slices.events.some((slice) => slice.byteLength === 0)) return previewAgain();
    posted.current = { ready, preview };
    post(
      { dataset: null, preview: preview.slices },
      preview.slices.events.map((slice) => slice.buffer as ArrayBuffer),
    );
  }, [ready, draftKey, long, preview, previewAgain, shortDraft, shortEditing, untitled]);
  useEffect(() => {
    if (!ready || !long) return;
    const message: EditingMessage = { type: EDITING_MESSAGE, draftKey, editingEventId };
    frame.current?.contentWindow?.postMessage(message, window.location.origin);
  }, [ready, long, draftKey, editingEventId]);

  return (
    <section className="preview-pane" aria-label={t("preview")}>
      {drawn && <PreviewNote drawn={drawn} />}
      <iframe ref={frame} title={t("previewFrame")} src={src} />
    </section>
  );
}

/** What the frame says: that it listens (the page in the frame, in the language it was asked for: a
 * language switch loads another, which must say so again, and each word posts the draft anew), what
 * it drew, or that it failed (the preview's part says so, and "Try again" loads a new frame). */
function useFrameWords(frame: RefObject<HTMLIFrameElement | null>) {
  const [readyWord, setReadyWord] = useState<ReadyMessage | null>(null);
  const [reply, setReply] = useState<unknown>(null);
  const { showBoundary } = useErrorBoundary();
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== frame.current?.contentWindow) return;
      if (isFailedMessage(e.data)) showBoundary(new Error(e.data.message));
      else if (isReadyMessage(e.data)) setReadyWord(e.data);
      else setReply(e.data);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [frame, showBoundary]);
  return { readyWord, reply };
}

/** What the preview drew nothing of, or left out, and why: each a link to its field. */
function PreviewNote({ drawn }: { drawn: DrawnMessage }) {
  const { t } = useStudioI18n();
  if (drawn.events !== null && drawn.leftOutCount === 0) return null;
  return (
    <div className="preview-note" role="status">
      {drawn.events === null && <p>{t("previewNothing")}</p>}
      {drawn.leftOutCount > 0 && <p>{t("previewLeftOut", { count: drawn.leftOutCount })}</p>}
      <ul>
        {drawn.leftOut.map((item) => (
          <li key={item.path}>
            <a href={`#${fieldId(item.problems[0]?.path ?? item.path)}`} dir="auto">
              <Isolated
                t={t}
                k={item.kind === "events" ? "leftOutEvent" : item.kind === "periods" ? "leftOutPeriod" : "leftOutOther"}
                values={{ n: Number(/\d+/.exec(item.path)?.[0] ?? 0) + 1, name: item.name || t("noName") }}
              />
            </a>
            : <span dir="auto">{item.problems.map((p) => problemWhat(p, t).text).join("; ")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
