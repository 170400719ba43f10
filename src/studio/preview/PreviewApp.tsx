import { startTransition, StrictMode, useEffect, useMemo, useState } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { LoadedExplorer } from "../../app/explorer/Explorer";
import { buildIndex, buildIndexInSteps, type DatasetIndex } from "../../dataset/datasetIndex";
import { I18nContext, makeI18n } from "../../lib/i18n/I18nContext";
import { resolveLanguage } from "../../lib/i18n/i18n";
import { selectEvent } from "../../url/navigation";
import { SiteRootContext, useUrlState } from "../../url/useUrlState";
import { parseUrlState } from "../../url/urlState";
import { readSlice } from "../../dataset/eventSlices";
import type { TimelineEvent } from "../../dataset/schema";
import type { PreviewSlices } from "../checkProtocol";
import { previewDraft, type PreviewPlan } from "../previewDraft";
import { failureText } from "../failureText";
import {
  DRAWN_MESSAGE,
  failedMessage,
  isDraftMessage,
  isEditingMessage,
  MAX_LEFT_OUT,
  readyMessage,
  type DraftMessage,
  type DrawnMessage,
} from "./previewProtocol";

/** The explorer itself, drawing the studio's draft: the studio (its parent, on this origin only)
 * posts the draft as it changes; the selection is this frame's own address, as in the explorer
 * (`?data=` makes it a hash), moved to the event being edited. */
export function PreviewApp() {
  const [index, setIndex] = useState<DatasetIndex | null>(null);
  const { eventId, periodId, query, categories, lang: langParam } = useUrlState();
  const i18n = useMemo(() => makeI18n(resolveLanguage(langParam, [])), [langParam]);

  useEffect(() => listenToStudio(setIndex), []);

  useEffect(() => {
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.dir;
  }, [i18n]);

  return (
    <StrictMode>
      <I18nContext.Provider value={i18n}>
        {/* A picture on the site (`media/photo.jpg`) is where the published timeline will find it. */}
        <SiteRootContext.Provider value="../">
          <div className="app">
            {/* Nothing drawable yet: the studio says so beside the frame, in its own words. A
                drawing that throws is told to the studio, which says so in the preview's place. */}
            <ErrorBoundary fallback={null} onError={tellFailed}>
              {index && (
                <LoadedExplorer
                  index={index}
                  selectedId={eventId}
                  periodId={periodId}
                  embed={false}
                  query={query}
                  categories={categories}
                />
              )}
            </ErrorBoundary>
          </div>
        </SiteRootContext.Provider>
      </I18nContext.Provider>
    </StrictMode>
  );
}

/** Tells the studio that the preview failed, and why. */
function tellFailed(error: unknown) {
  window.parent.postMessage(failedMessage(failureText(error)), window.location.origin);
}

/** Tells the studio what the preview draws and what it left out. */
function tell({ dataset, leftOut }: PreviewPlan, key: string) {
  const answer: DrawnMessage = {
    type: DRAWN_MESSAGE,
    draftKey: key,
    events: dataset ? dataset.events.length : null,
    leftOut: leftOut.slice(0, MAX_LEFT_OUT),
    leftOutCount: leftOut.length,
  };
  window.parent.postMessage(answer, window.location.origin);
}

const decoder = new TextDecoder();

/** Listens to the studio's drafts and draws each (a long one in steps, the latest only); returns the
 * way to stop. */
function listenToStudio(setIndex: (index: DatasetIndex | null) => void): () => void {
  let editing: string | null = null;
  let draftKey: string | null = null;
  let shown: DatasetIndex | null = null;
  /** `long`: drawn in a transition, its render yielding to the page's keys (20,000 events' first
   * render of the explorer held the thread a tenth of a second and more). */
  const show = (next: DatasetIndex | null, message: DraftMessage, long = false) => {
    shown = next;
    // A selection belongs to its draft, and to an event the draft still draws.
    const selected = parseUrlState(window.location.href).eventId;
    if (selected && (message.draftKey !== draftKey || !next?.eventById.has(selected))) selectEvent(null, { replace: true });
    if (draftKey !== message.draftKey) editing = null;
    draftKey = message.draftKey;
    if (long) startTransition(() => setIndex(next));
    else setIndex(next);
    if (!next) return;
    const wanted = message.editingEventId;
    if (wanted !== editing && wanted && next.eventById.has(wanted)) selectEvent(wanted, { replace: true });
    editing = wanted;
  };
  // A long draft's part to draw, found by the studio's draft worker, is read, indexed and drawn a
  // step a task: the reporter's keys go in between. A newer draft stops it.
  let seq = 0;
  const drawLong = async (preview: PreviewSlices, message: DraftMessage) => {
    const drawing = ++seq;
    // A task for each slice read and each step of the index; a newer draft stops it at the next.
    const aTask = () =>
      new Promise<void>((resolve, reject) => setTimeout(() => (drawing === seq ? resolve() : reject(new Error("overtaken"))), 0));
    try {
      const events: TimelineEvent[] = [];
      for (const slice of preview.events) {
        for (const event of readSlice(decoder.decode(slice))) events.push(event);
        await aTask();
      }
      const dataset = preview.head && { ...preview.head, events };
      tell({ dataset, leftOut: preview.leftOut }, message.draftKey);
      const next = dataset ? await buildIndexInSteps(dataset, aTask) : null;
      await aTask();
      show(next, { ...message, editingEventId: wantedInLong }, true);
    } catch (error) {
      // Overtaken by a newer draft, which is drawn instead; any other failure is the studio's to say.
      if (drawing === seq) tellFailed(error);
    }
  };
  /** The event being edited in a long draft, as last told (the draft drawn may be older). */
  let wantedInLong: string | null = null;
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== window.location.origin || e.source !== window.parent) return;
    if (isEditingMessage(e.data)) {
      const wanted = (wantedInLong = e.data.editingEventId);
      if (e.data.draftKey !== draftKey || wanted === editing) return;
      if (wanted && shown?.eventById.has(wanted)) selectEvent(wanted, { replace: true });
      editing = wanted;
      return;
    }
    if (!isDraftMessage(e.data)) return;
    const message = e.data;
    wantedInLong = message.editingEventId;
    if (message.preview) return void drawLong(message.preview, message);
    seq++;
    if (message.dataset) {
      try {
        const plan = previewDraft(message.dataset, message.untitled);
        tell(plan, message.draftKey);
        show(plan.dataset ? buildIndex(plan.dataset) : null, message);
      } catch (error) {
        tellFailed(error);
      }
      return;
    }
  };
  window.addEventListener("message", onMessage);
  window.parent.postMessage(readyMessage(new URL(window.location.href).searchParams.get("lang")), window.location.origin);
  return () => {
    window.removeEventListener("message", onMessage);
    seq++;
  };
}
