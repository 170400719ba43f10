import { startTransition, useCallback, useEffect, useMemo, useState } from "react";
import { useErrorBoundary } from "react-error-boundary";
import { LARGE_DATASET } from "../dataset/datasetIndex";
import { DEFAULT_DATASET } from "../dataset/datasetUrl";
import type { DatasetProblem } from "../dataset/parse";
import { hrefWithLanguage } from "../url/urlState";
import { LANGUAGE_NAMES, LANGUAGES, resolveLanguage, type Language } from "../lib/i18n/i18n";
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
import { withBaseline } from "./changeRecord";
import { refuseOversize } from "./openFile";
import { openInWorker } from "./openInWorker";
import { PartBoundary } from "./PartBoundary";
import { PreviewPane } from "./PreviewPane";
import { problemWhat, type ProblemText } from "./problemWords";
import { ProblemList } from "./ProblemList";
import { makeStudioI18n, StudioI18nContext, useStudioI18n, type StudioTranslate } from "./studioI18n";
import { FormProviders } from "./translating";
import { newDraft, useDraft } from "./useDraft";
import { useDraftCheck, useWrittenDraft, type HeldDraft } from "./useDraftCheck";
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

type Draft = ReturnType<typeof useDraft>;

/** The studio: a reporter makes, checks and updates a timeline, every change kept in the browser. */
export function StudioApp() {
  const { i18n, chooseLanguage } = useStudioLanguage();
  const draft = useDraft(store);
  const opening = useOpening(draft.open);
  const checks = useChecks(draft, i18n.t, opening.openedDraft);
  const [editingEventId, setEditingEventId] = useState<string | null>(null);
  const [tab, setTab] = useState<"edit" | "preview">("edit");
  useDocumentTitle(draft.dataset.title, i18n.t);
  useUndoKeys(draft.undo, draft.redo);

  return (
    <StudioI18nContext.Provider value={i18n}>
      <FormProviders problems={checks.problemsByPath} languages={draft.dataset.languages} lang={i18n.lang}>
        <div
          className={`studio studio-tab-${tab}`}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const file = e.dataTransfer.files[0];
            if (file) void opening.openPicked(file);
          }}
        >
          <header className="studio-header">
            <h1>{i18n.t("studioTitle")}</h1>
            <StudioToolbar draft={draft} opening={opening} onLanguage={chooseLanguage} />
            <SaveStatus draft={draft} />
            <OpenMessages notes={[...opening.openNotes, ...draft.readNotes]} error={opening.openError} />
          </header>
          <StudioTabs tab={tab} onTab={setTab} />
          <main className="studio-main">
            <div className="studio-form">
              <PartBoundary part="export">
                <ExportPanel
                  dataset={draft.dataset}
                  problemCount={checks.problems.length}
                  misquotes={checks.misquoted}
                  publishArticles={draft.publishArticles}
                  onPublishArticles={draft.setPublishArticles}
                  onExported={(recorded) => draft.amend((dataset) => fixIds(recorded(dataset)))}
                />
              </PartBoundary>
              <PartBoundary part="problems" resetKeys={[checks.failure]}>
                <Failed failure={checks.failure} />
                <ProblemList
                  problems={checks.problems}
                  misquotes={checks.misquoted}
                  dataset={checks.checkedDataset}
                  checking={checks.checking}
                />
              </PartBoundary>
              <PartBoundary part="form">
                <DraftForm dataset={draft.dataset} edit={draft.edit} onEditing={setEditingEventId} />
              </PartBoundary>
            </div>
            <PartBoundary part="preview">
              <PreviewPane
                dataset={checks.settled}
                long={checks.long}
                preview={checks.preview}
                previewAgain={checks.again}
                draftKey={draft.key}
                editingEventId={editingEventId}
              />
            </PartBoundary>
          </main>
        </div>
      </FormProviders>
    </StudioI18nContext.Provider>
  );
}

const languageFromAddress = (): Language =>
  resolveLanguage(new URLSearchParams(window.location.search).get("lang"), navigator.languages ?? [navigator.language]);

/** The studio's language: from the address, kept in it when chosen (a reload, or a shared link,
 * keeps it, as the explorer's does), and the page's own. */
function useStudioLanguage() {
  const [lang, setLang] = useState<Language>(languageFromAddress);
  const chooseLanguage = (code: Language) => {
    window.history.replaceState(window.history.state, "", hrefWithLanguage(window.location.href, code));
    setLang(code);
  };
  const i18n = useMemo(() => makeStudioI18n(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.dir;
  }, [i18n]);
  return { i18n, chooseLanguage };
}

function useDocumentTitle(title: string, t: StudioTranslate) {
  useEffect(() => {
    document.title = `${title || t("untitled")} · ${t("studioTitle")}`;
  }, [title, t]);
}

/** Two lists of problems alike, path for path and word for word. */
const sameProblems = (a: readonly DatasetProblem[], b: readonly DatasetProblem[]) =>
  a.length === b.length && a.every((p, i) => p.path === b[i]!.path && p.message === b[i]!.message);

/** The draft checked as the reporter types, a moment behind; a long draft (checked whole) and its
 * preview (posted whole, drawn whole) in the reporter's pauses: typing is never held up. */
function useChecks(draft: Draft, t: StudioTranslate, openedDraft: HeldDraft | null) {
  const { dataset } = draft;
  const long = dataset.events.length + dataset.sources.length > LARGE_DATASET;
  const settled = useSettled(dataset, draft.key, long ? PAUSE_MS : 0);
  const written = useWrittenDraft(settled, draft.key, long, openedDraft);
  const checked = useDraftCheck(settled, draft.key, long, written, t("untitled"));
  const { problems: found, misquotes: misquoted, dataset: checkedDataset, checking, preview, again, failure } = checked;
  // Read by every field: a new map only when the problems change, not at every check (with a
  // thousand events, that is the difference between one field redrawn and fifteen thousand).
  const [kept, setKept] = useState(found);
  const problems = kept === found || sameProblems(kept, found) ? kept : found;
  if (problems !== kept) setKept(problems);
  const problemsByPath = useMemo(() => {
    const byPath = new Map<string, ProblemText[]>();
    for (const problem of problems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problemWhat(problem, t)]);
    return byPath;
  }, [problems, t]);
  return { settled, long, preview, again, checking, checkedDataset, problems, misquoted, problemsByPath, failure };
}

/** A failure met outside a part's render (the draft's check), thrown inside its boundary: the part
 * says what went wrong, in its place. */
function Failed({ failure }: { failure: unknown }) {
  if (failure !== undefined) throw failure;
  return null;
}

/** Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes, over the whole session, fields included. */
function useUndoKeys(undo: () => void, redo: () => void) {
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
}

/** A file (picked, dropped, or the published dataset) opened as a new draft, with what was changed
 * to open it, or why it could not be. */
function useOpening(open: Draft["open"]) {
  const [openError, setOpenError] = useState<string | null>(null);
  const [openNotes, setOpenNotes] = useState<string[]>([]);
  const [openedDraft, setOpenedDraft] = useState<HeldDraft | null>(null);
  const openDataset = useCallback(
    async (read: () => Promise<Uint8Array>, name: string, published = false) => {
      setOpenError(null);
      setOpenNotes([]);
      try {
        const { draft: opened, notes, held } = await openInWorker(await read(), name);
        // From the published timeline: the draft keeps what each event was, to ask at export what changed.
        const dataset = published ? withBaseline(opened) : opened;
        // A transition: the form's first render of a long draft yields to keys typed meanwhile.
        startTransition(() => {
          setOpenedDraft(held !== undefined && dataset === opened ? { dataset, held } : null);
          open(newDraft(dataset));
        });
        setOpenNotes(notes);
      } catch (error) {
        setOpenError(error instanceof Error ? error.message : String(error));
      }
    },
    [open],
  );
  const openPublished = () =>
    openDataset(
      async () => {
        const response = await fetch(new URL(`../${DEFAULT_DATASET}`, window.location.href));
        if (!response.ok) throw new Error(`${DEFAULT_DATASET}: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      },
      DEFAULT_DATASET,
      true,
    );
  const openPicked = (file: File) =>
    openDataset(async () => {
      refuseOversize(file.size, file.name);
      return new Uint8Array(await file.arrayBuffer());
    }, file.name);
  return { openError, openNotes, openedDraft, openPublished, openPicked };
}

/** The drafts kept in this browser, listed again whenever the one open is saved or renamed; a list
 * that cannot be read fails its part (the toolbar's "Drafts"), not the studio. */
function useDraftList(draft: Draft): DraftSummary[] {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const { showBoundary } = useErrorBoundary();
  useEffect(() => {
    let live = true;
    store.list().then(
      (listed) => live && setDrafts(listed),
      (error: unknown) => live && showBoundary(error),
    );
    return () => void (live = false);
  }, [draft.key, draft.saved, draft.dataset.title, showBoundary]);
  return drafts;
}

/** "Drafts": the drafts kept in this browser, one to switch to. */
function DraftsMenu({ draft }: { draft: Draft }) {
  const { t } = useStudioI18n();
  const drafts = useDraftList(draft);
  const { restore } = draft;
  return (
    <label className="drafts">
      {t("drafts")}{" "}
      <select value={draft.key} onChange={(e) => void store.load(e.target.value).then((picked) => picked && restore(picked))}>
        {!drafts.some((d) => d.key === draft.key) && <option value={draft.key}>{draft.dataset.title || t("untitled")}</option>}
        {drafts.map((d) => (
          <option key={d.key} value={d.key}>
            {d.title || t("untitled")}
          </option>
        ))}
      </select>
    </label>
  );
}

function StudioToolbar({
  draft,
  opening,
  onLanguage,
}: {
  draft: Draft;
  opening: ReturnType<typeof useOpening>;
  onLanguage: (code: Language) => void;
}) {
  const { t, lang } = useStudioI18n();
  const { open } = draft;
  return (
    <div className="studio-toolbar">
      <PartBoundary part="drafts">
        <DraftsMenu draft={draft} />
      </PartBoundary>
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
            if (file) void opening.openPicked(file);
            e.target.value = "";
          }}
        />
      </label>
      <button type="button" onClick={() => void opening.openPublished()}>
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
          <button key={code} type="button" lang={code} aria-pressed={code === lang} onClick={() => onLanguage(code)}>
            {LANGUAGE_NAMES[code]}
          </button>
        ))}
      </div>
    </div>
  );
}

function SaveStatus({ draft }: { draft: Draft }) {
  const { t } = useStudioI18n();
  return (
    <>
      <p className={draft.saved.ok ? "save-status" : "save-status save-refused"} role="status">
        {!draft.restored ? t("restoring") : draft.saved.ok ? t("saved") : t("notSaved", { reason: draft.saved.reason })}
      </p>
      <DraftNotices overwritten={draft.overwritten} storageLost={draft.storageLost} />
    </>
  );
}

function OpenMessages({ notes, error }: { notes: string[]; error: string | null }) {
  const { t } = useStudioI18n();
  return (
    <>
      {notes.length > 0 && (
        <div role="status" className="open-notes">
          <p>{t("openNotes")}</p>
          <ul lang="en" dir="ltr">
            {notes.slice(0, 20).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p role="alert" className="open-error">
          {t("openError")} <span lang="en">{error}</span>
        </p>
      )}
    </>
  );
}

/** Outside the header: on a phone it stays at the top while the header scrolls away. */
function StudioTabs({ tab, onTab }: { tab: "edit" | "preview"; onTab: (tab: "edit" | "preview") => void }) {
  const { t } = useStudioI18n();
  return (
    <div className="studio-tabs" role="group">
      <button type="button" aria-pressed={tab === "edit"} onClick={() => onTab("edit")}>
        {t("edit")}
      </button>
      <button type="button" aria-pressed={tab === "preview"} onClick={() => onTab("preview")}>
        {t("preview")}
      </button>
    </div>
  );
}

/** The form: the timeline's own fields, then its sources, events and periods, each list drawn near
 * the screen only (VirtualItems keys each editor by its item, wherever it moves). */
function DraftForm({
  dataset,
  edit,
  onEditing,
}: {
  dataset: DraftDataset;
  edit: Draft["edit"];
  onEditing: (eventId: string | null) => void;
}) {
  const { t } = useStudioI18n();
  const citations = CITATION_HEIGHT_PX * Math.min(dataset.sources.length, 20);
  return (
    <>
      <TimelineEditor dataset={dataset} edit={edit} />
      <LanguagesEditor dataset={dataset} edit={edit} />
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
        <VirtualItems kind="events" items={dataset.events} estimate={EVENT_HEIGHT_PX + citations}>
          {(event, i) => (
            <EventEditor
              categories={dataset.categories}
              sources={dataset.sources}
              event={event}
              index={i}
              edit={edit}
              onEditing={onEditing}
            />
          )}
        </VirtualItems>
        <button type="button" onClick={() => edit((d) => addEvent(d))}>
          {t("addEvent")}
        </button>
      </section>
      <section className="studio-section" aria-labelledby="periods-section">
        <h2 id="periods-section">{t("periodsSection")}</h2>
        <VirtualItems kind="periods" items={dataset.periods ?? NO_PERIODS} estimate={PERIOD_HEIGHT_PX + citations}>
          {(period, i) => <PeriodEditor sources={dataset.sources} period={period} index={i} edit={edit} />}
        </VirtualItems>
        <button type="button" onClick={() => edit(addPeriod)}>
          {t("addPeriod")}
        </button>
      </section>
    </>
  );
}
