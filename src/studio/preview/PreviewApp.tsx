import { StrictMode, useEffect, useMemo, useState } from "react";
import { LoadedExplorer } from "../../app/explorer/Explorer";
import { buildIndex, type DatasetIndex } from "../../dataset/datasetIndex";
import { I18nContext, makeI18n } from "../../lib/i18n/I18nContext";
import { resolveLanguage } from "../../lib/i18n/i18n";
import { selectEvent } from "../../url/navigation";
import { SiteRootContext, useUrlState } from "../../url/useUrlState";
import { parseUrlState } from "../../url/urlState";
import { previewDraft } from "../previewDraft";
import { DRAWN_MESSAGE, isDraftMessage, MAX_LEFT_OUT, readyMessage, type DrawnMessage } from "./previewProtocol";

/** The explorer itself, drawing the studio's draft: the studio (its parent, on this origin only)
 * posts the draft as it changes; the selection is this frame's own address, as in the explorer
 * (`?data=` makes it a hash), moved to the event being edited. */
export function PreviewApp() {
  const [index, setIndex] = useState<DatasetIndex | null>(null);
  const { eventId, periodId, query, categories, lang: langParam } = useUrlState();
  const i18n = useMemo(() => makeI18n(resolveLanguage(langParam, [])), [langParam]);

  useEffect(() => {
    let editing: string | null = null;
    let draftKey: string | null = null;
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== window.parent || !isDraftMessage(e.data)) return;
      const { dataset, leftOut } = previewDraft(e.data.dataset, e.data.untitled);
      const answer: DrawnMessage = {
        type: DRAWN_MESSAGE,
        draftKey: e.data.draftKey,
        events: dataset ? dataset.events.length : null,
        leftOut: leftOut.slice(0, MAX_LEFT_OUT),
        leftOutCount: leftOut.length,
      };
      window.parent.postMessage(answer, window.location.origin);
      const next = dataset ? buildIndex(dataset) : null;
      // A selection belongs to its draft, and to an event the draft still draws.
      const selected = parseUrlState(window.location.href).eventId;
      if (selected && (e.data.draftKey !== draftKey || !next?.eventById.has(selected))) selectEvent(null, { replace: true });
      if (draftKey !== e.data.draftKey) editing = null;
      draftKey = e.data.draftKey;
      setIndex(next);
      if (!next) return;
      const wanted = e.data.editingEventId;
      if (wanted !== editing && wanted && next.eventById.has(wanted)) selectEvent(wanted, { replace: true });
      editing = wanted;
    };
    window.addEventListener("message", onMessage);
    window.parent.postMessage(readyMessage(new URL(window.location.href).searchParams.get("lang")), window.location.origin);
    return () => window.removeEventListener("message", onMessage);
  }, []);

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
            {/* Nothing drawable yet: the studio says so beside the frame, in its own words. */}
            {index && (
              <LoadedExplorer index={index} selectedId={eventId} periodId={periodId} embed={false} query={query} categories={categories} />
            )}
          </div>
        </SiteRootContext.Provider>
      </I18nContext.Provider>
    </StrictMode>
  );
}
