import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { LARGE_DATASET } from "../dataset/datasetIndex";
import { DEFAULT_DATASET } from "../dataset/datasetUrl";
import { checkDataset } from "../dataset/parse";
import { hrefWithLanguage } from "../url/urlState";
import { CATALOGUES, LANGUAGES, resolveLanguage, type Language } from "../lib/i18n/i18n";
import { addEvent, addPeriod, addSource, blankDataset, fixIds } from "./draftEdits";
import { DraftNotices } from "./DraftNotices";
import { DraftStore, type DraftDataset, type DraftSummary } from "./draftStore";
import { EventEditor } from "./editors/EventEditor";
import { LanguagesEditor } from "./editors/LanguagesEditor";
import { PeriodEditor } from "./editors/PeriodEditor";
import { SourceEditor } from "./editors/SourceEditor";
import { TimelineEditor } from "./editors/TimelineEditor";
import { VirtualItems } from "./editors/VirtualItems";
import { ExportPanel } from "./ExportPanel";
import { readForStudio } from "./openFile";
import { misquotes } from "./quoteChecks";
import { PartBoundary } from "./PartBoundary";
import { PreviewPane } from "./PreviewPane";
import { problemWhat, type ProblemText } from "./problemWords";
import { ProblemList } from "./ProblemList";
import { makeStudioI18n, StudioI18nContext } from "./studioI18n";
import { FormProviders } from "./translating";
import { newDraft, useDraft } from "./useDraft";
import { useSettled } from "./useSettled";
import "./studio.css";

const store = new DraftStore();
const NO_PERIODS: NonNullable<DraftDataset["periods"]> = [];
// Items' heights before they are drawn and measured (an event's and a period's grow with the
// sources they could cite).
const SOURCE_HEIGHT_PX = 900;
const EVENT_HEIGHT_PX = 900;
const PERIOD_HEIGHT_PX = 500;
const CITATION_HEIGHT_PX = 26;
/** A pause in typing long enough to check a long draft whole. */
const PAUSE_MS = 700;

const languageFromAddress = (): Language =>
  resolveLanguage(new URLSearchParams(window.location.search).get("lang"), navigator.languages ?? [navigator.language]);

/** The studio: a reporter makes, checks and updates a timeline, every change kept in the browser. */
export function StudioApp() {
  const [lang, setLang] = useState<Language>(languageFromAddress);
  // The address keeps the language, as the explorer's does: a reload (or a shared link) keeps it.
  const chooseLanguage = (code: Language) => {
    window.history.replaceState(window.history.state, "", hrefWithLanguage(window.location.href, code));
    setLang(code);
  };
  const i18n = useMemo(() => makeStudioI18n(lang), [lang]);
  const { t } = i18n;
  const draft = useDraft(store);
  const { dataset, edit } = draft;
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [openError, setOpenError] = useState<string | null>(null);
  const [openNotes, setOpenNotes] = useState<string[]>([]);
  const [editingEventId, setEditingEventId] = useState<string | null>(null);
  const [tab, setTab] = useState<"edit" | "preview">("edit");

  // Checked as the reporter types, a moment behind; a long draft (checked whole) and its preview
  // (posted whole, drawn whole) in the reporter's pauses: typing is never held up.
  const long = dataset.events.length + dataset.sources.length > LARGE_DATASET;
  const settled = useSettled(dataset, draft.key, long ? PAUSE_MS : 0);
  const checkedDataset = useDeferredValue(settled);
  const problems = useMemo(() => checkDataset(checkedDataset).problems, [checkedDataset]);
  const misquoted = useMemo(() => misquotes(checkedDataset), [checkedDataset]);
  // Read by every field: a new map only when the problems change, not at every check (with a
  // thousand events, that is the difference between one field redrawn and fifteen thousand).
  const problemsKey = JSON.stringify(problems);
  const problemsByPath = useMemo(() => {
    const byPath = new Map<string, ProblemText[]>();
    for (const problem of JSON.parse(problemsKey) as typeof problems)
      byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problemWhat(problem, t)]);
    return byPath;
  }, [problemsKey, t]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = i18n.dir;
    document.title = `${dataset.title || t("untitled")} · ${t("studioTitle")}`;
  }, [lang, i18n.dir, dataset.title, t]);

  useEffect(() => {
    void store.list().then(setDrafts);
  }, [draft.key, draft.saved, dataset.title]);

  // Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes, over the whole session, fields included.
  const { undo, redo } = draft;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) undo();
      else if ((key === "z" && e.shiftKey) || key === "y") redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [undo, redo]);

  const open = draft.open;
  const openDataset = useCallback(
    async (read: () => Promise<Uint8Array>, name: string) => {
      setOpenError(null);
      setOpenNotes([]);
      try {
        const { draft: opened, notes } = await readForStudio(await read(), name);
        open(newDraft(opened));
        setOpenNotes(notes);
      } catch (error) {
        setOpenError(error instanceof Error ? error.message : String(error));
      }
    },
    [open],
  );
  const openPublished = () =>
    openDataset(async () => {
      const response = await fetch(new URL(`../${DEFAULT_DATASET}`, window.location.href));
      if (!response.ok) throw new Error(`${DEFAULT_DATASET}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }, DEFAULT_DATASET);
  const openPicked = (file: File) => openDataset(async () => new Uint8Array(await file.arrayBuffer()), file.name);

  return (
    <StudioI18nContext.Provider value={i18n}>
      <FormProviders problems={problemsByPath} languages={dataset.languages} lang={lang}>
        <div
          className={`studio studio-tab-${tab}`}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const file = e.dataTransfer.files[0];
            if (file) void openPicked(file);
          }}
        >
          <header className="studio-header">
            <h1>{t("studioTitle")}</h1>
            <div className="studio-toolbar">
              <label className="drafts">
                {t("drafts")}{" "}
                <select value={draft.key} onChange={(e) => void store.load(e.target.value).then((picked) => picked && open(picked))}>
                  {!drafts.some((d) => d.key === draft.key) && <option value={draft.key}>{dataset.title || t("untitled")}</option>}
                  {drafts.map((d) => (
                    <option key={d.key} value={d.key}>
                      {d.title || t("untitled")}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => open(newDraft(blankDataset()))}>
                {t("newTimeline")}
              </button>
              <label className="file-picker">
                <span>{t("openFile")}</span>
                <input
                  type="file"
                  aria-label={t("openFile")}
                  accept=".json,.csv,application/json,text/csv"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (file) void openPicked(file);
                    e.target.value = "";
                  }}
                />
              </label>
              <button type="button" onClick={() => void openPublished()}>
                {t("fromPublished")}
              </button>
              <button type="button" onClick={draft.undo} disabled={!draft.canUndo}>
                {t("undo")}
              </button>
              <button type="button" onClick={draft.redo} disabled={!draft.canRedo}>
                {t("redo")}
              </button>
              <div className="language-switcher" role="group" aria-label="Language">
                {LANGUAGES.map((code) => (
                  <button key={code} type="button" lang={code} aria-pressed={code === lang} onClick={() => chooseLanguage(code)}>
                    {CATALOGUES[code].languageName}
                  </button>
                ))}
              </div>
            </div>
            <p className={draft.saved.ok ? "save-status" : "save-status save-refused"} role="status">
              {!draft.restored ? t("restoring") : draft.saved.ok ? t("saved") : t("notSaved", { reason: draft.saved.reason })}
            </p>
            <DraftNotices overwritten={draft.overwritten} storageLost={draft.storageLost} />
            {openNotes.length > 0 && (
              <div role="status" className="open-notes">
                <p>{t("openNotes")}</p>
                <ul lang="en" dir="ltr">
                  {openNotes.slice(0, 20).map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </div>
            )}
            {openError && (
              <p role="alert" className="open-error">
                {t("openError")} <span lang="en">{openError}</span>
              </p>
            )}
          </header>
          {/* Outside the header: on a phone it stays at the top while the header scrolls away. */}
          <div className="studio-tabs" role="group">
            <button type="button" aria-pressed={tab === "edit"} onClick={() => setTab("edit")}>
              {t("edit")}
            </button>
            <button type="button" aria-pressed={tab === "preview"} onClick={() => setTab("preview")}>
              {t("preview")}
            </button>
          </div>
          <main className="studio-main">
            <div className="studio-form">
              <PartBoundary>
                <ExportPanel
                  dataset={dataset}
                  problemCount={problems.length}
                  misquotes={misquoted}
                  publishArticles={draft.publishArticles}
                  onPublishArticles={draft.setPublishArticles}
                  onExported={() => draft.amend(fixIds)}
                />
              </PartBoundary>
              <PartBoundary>
                <ProblemList problems={problems} misquotes={misquoted} dataset={checkedDataset} />
              </PartBoundary>
              <PartBoundary>
                <TimelineEditor dataset={dataset} edit={edit} />
                <LanguagesEditor dataset={dataset} checked={checkedDataset} edit={edit} />
                <section className="studio-section" aria-labelledby="sources-section">
                  <h2 id="sources-section">{t("sourcesSection")}</h2>
                  <VirtualItems kind="sources" items={dataset.sources} estimate={SOURCE_HEIGHT_PX}>
                    {(source, i) => <SourceEditor source={source} index={i} edit={edit} />}
                  </VirtualItems>
                  <button type="button" onClick={() => edit(addSource)}>
                    {t("addSource")}
                  </button>
                </section>
                <section className="studio-section" aria-labelledby="events-section">
                  <h2 id="events-section">{t("eventsSection")}</h2>
                  <VirtualItems
                    kind="events"
                    items={dataset.events}
                    estimate={EVENT_HEIGHT_PX + CITATION_HEIGHT_PX * Math.min(dataset.sources.length, 20)}
                  >
                    {(event, i) => (
                      <EventEditor
                        categories={dataset.categories}
                        sources={dataset.sources}
                        event={event}
                        index={i}
                        edit={edit}
                        onEditing={setEditingEventId}
                      />
                    )}
                  </VirtualItems>
                  <button type="button" onClick={() => edit((d) => addEvent(d))}>
                    {t("addEvent")}
                  </button>
                </section>
                <section className="studio-section" aria-labelledby="periods-section">
                  <h2 id="periods-section">{t("periodsSection")}</h2>
                  <VirtualItems
                    kind="periods"
                    items={dataset.periods ?? NO_PERIODS}
                    estimate={PERIOD_HEIGHT_PX + CITATION_HEIGHT_PX * Math.min(dataset.sources.length, 20)}
                  >
                    {(period, i) => <PeriodEditor sources={dataset.sources} period={period} index={i} edit={edit} />}
                  </VirtualItems>
                  <button type="button" onClick={() => edit(addPeriod)}>
                    {t("addPeriod")}
                  </button>
                </section>
              </PartBoundary>
            </div>
            <PartBoundary>
              <PreviewPane dataset={settled} draftKey={draft.key} editingEventId={editingEventId} />
            </PartBoundary>
          </main>
        </div>
      </FormProviders>
    </StudioI18nContext.Provider>
  );
}
