import { StrictMode, useEffect, useMemo, useState } from "react";
import { LoadedExplorer } from "../../app/explorer/Explorer";
import { buildIndex, type DatasetIndex } from "../../dataset/datasetIndex";
import { checkDataset } from "../../dataset/parse";
import { I18nContext, makeI18n } from "../../lib/i18n/I18nContext";
import { resolveLanguage } from "../../lib/i18n/i18n";
import { selectEvent } from "../../url/navigation";
import { SiteRootContext, useUrlState } from "../../url/useUrlState";
import { DRAWN_MESSAGE, isDraftMessage, type DrawnMessage } from "../previewProtocol";

/** The explorer itself, drawing the studio's draft: the studio (its parent, on this origin only)
 * posts the draft as it changes; the selection is this frame's own address, as in the explorer
 * (`?data=` makes it a hash), moved to the event being edited. */
export function PreviewApp() {
  const [index, setIndex] = useState<DatasetIndex | null>(null);
  const { eventId, periodId, query, categories, lang: langParam } = useUrlState();
  const i18n = useMemo(() => makeI18n(resolveLanguage(langParam, [])), [langParam]);

  useEffect(() => {
    let editing: string | null = null;
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== window.parent || !isDraftMessage(e.data)) return;
      const checked = checkDataset(e.data.dataset);
      const answer: DrawnMessage = { type: DRAWN_MESSAGE, events: checked.dataset ? checked.dataset.events.length : null };
      window.parent.postMessage(answer, window.location.origin);
      if (!checked.dataset) return;
      const next = buildIndex(checked.dataset);
      setIndex(next);
      const wanted = e.data.editingEventId;
      if (wanted !== editing && wanted && next.eventById.has(wanted)) selectEvent(wanted, { replace: true });
      editing = wanted;
    };
    window.addEventListener("message", onMessage);
    window.parent.postMessage({ type: "studio:ready" }, window.location.origin);
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
            {index ? (
              <LoadedExplorer index={index} selectedId={eventId} periodId={periodId} embed={false} query={query} categories={categories} />
            ) : (
              <p className="preview-empty">{i18n.t("loading", { label: "" })}</p>
            )}
          </div>
        </SiteRootContext.Provider>
      </I18nContext.Provider>
    </StrictMode>
  );
}
