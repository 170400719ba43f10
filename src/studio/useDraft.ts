import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { blankDataset } from "./draftEdits";
import { readDraft, readWrite } from "./draftShape";
import { DraftStore, type Draft, type DraftDataset, type SaveResult } from "./draftStore";
import { startSync, type Path, type Sync, type Write } from "./draftSync";
import { amend, record, redo, startHistory, undo, type History } from "./history";
import { catchUp, changedHere, fromOtherTab, type Outgoing } from "./tabSync";
import { journalUnsaved, takeUnsaved } from "./saveJournal";
import { useTabChannel } from "./useTabChannel";

const BLANK_CATEGORIES = JSON.stringify(blankDataset().categories);
/** A dataset as "New timeline" makes it (read without stringifying a long draft at every change). */
const isBlank = (dataset: DraftDataset) =>
  !dataset.title &&
  !dataset.description &&
  dataset.events.length === 0 &&
  dataset.sources.length === 0 &&
  (dataset.periods ?? []).length === 0 &&
  JSON.stringify(dataset.categories) === BLANK_CATEGORIES;

interface State {
  key: string;
  history: History<DraftDataset>;
  publishArticles: boolean;
  /** This tab's name among the tabs on the same draft. */
  tab: string;
  sync: Sync;
  /** This tab's latest changes as writes for the other tabs (a few batches: sent after each render). */
  outbox: Outgoing[];
  /** The fields another tab changed after this one did, the latest last. */
  overwritten: Path[];
  /** What a draft from the browser's storage or another tab had of the wrong shape, by its path. */
  notes: string[];
}

type Action =
  | { type: "edit"; change: (dataset: DraftDataset) => DraftDataset; field: string | null; at: number }
  | { type: "amend"; change: (dataset: DraftDataset) => DraftDataset; at: number }
  | { type: "undo"; at: number }
  | { type: "redo"; at: number }
  | { type: "open"; draft: Draft }
  | { type: "restore"; stored: unknown }
  | { type: "publishArticles"; value: boolean }
  | { type: "remote"; key: string; writes: Write[] }
  | { type: "catchUp"; draft: unknown };

/** Notes kept: the latest, a screenful. */
const NOTES = 50;
const withNotes = (state: State, notes: string[]): State =>
  notes.length ? { ...state, notes: [...state.notes, ...notes].slice(-NOTES) } : state;

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "edit":
      return changedHere(state, record(state.history, action.change(state.history.present), action.field, action.at), action.at);
    case "amend":
      return changedHere(state, amend(state.history, action.change), action.at);
    case "undo":
      return changedHere(state, undo(state.history), action.at, true);
    case "redo":
      return changedHere(state, redo(state.history), action.at, true);
    case "open":
      return opened(action.draft, state.tab);
    case "restore": {
      // Kept by this studio or an older one, or damaged since: read as a file is.
      const read = readDraft(action.stored);
      return read ? { ...opened(read.draft, state.tab), notes: read.notes } : state;
    }
    case "publishArticles":
      return { ...state, publishArticles: action.value };
    case "remote": {
      if (action.key !== state.key) return state;
      const read = action.writes.map((write) => readWrite(write));
      const writes = read.flatMap(({ write }) => (write ? [write] : []));
      return withNotes(
        fromOtherTab(state, writes),
        read.flatMap(({ notes }) => notes),
      );
    }
    case "catchUp": {
      const read = readDraft(action.draft);
      return read ? withNotes(catchUp(state, read.draft), read.notes) : state;
    }
  }
}

const opened = (draft: Draft, tab: string): State => ({
  key: draft.key,
  history: startHistory(draft.dataset),
  publishArticles: draft.publishArticles,
  tab,
  sync: startSync(),
  outbox: [],
  overwritten: [],
  notes: [],
});

export const newDraftKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
export const newDraft = (dataset: DraftDataset = blankDataset()): Draft => ({
  key: newDraftKey(),
  dataset,
  publishArticles: false,
  savedAt: Date.now(),
});

/** The draft being edited, its undo history, and its keeping: every change is saved to the
 * browser's storage as it is made (one save at a time, the latest state always the last saved). */
export function useDraft(store: DraftStore) {
  const [state, dispatch] = useReducer(reducer, undefined, () => opened(newDraft(), newDraftKey()));
  const [restored, setRestored] = useState(false);
  const [saved, setSaved] = useState<SaveResult>(() => store.refusal());
  // Storage deleted or cleared under the studio: said, and the draft saved again whole.
  const [lost, setLost] = useState(0);
  useEffect(() => store.onLost(() => setLost((n) => n + 1)), [store]);

  useEffect(() => {
    let live = true;
    void store.lastOpen().then((stored) => {
      if (!live) return;
      // What the last page left unsaved as it went, where it is newer than what was kept.
      const draft = takeUnsaved(stored) ?? stored;
      if (draft) dispatch({ type: "restore", stored: draft });
      setSaved(store.refusal());
      setRestored(true);
    });
    return () => void (live = false);
  }, [store]);

  // One save in flight at a time; a change meanwhile is saved right after it. `unsaved`: the
  // latest draft not yet kept, journalled if the page goes before it is.
  const saving = useRef<{ busy: boolean; next: Draft | null; unsaved: Draft | null }>({ busy: false, next: null, unsaved: null });
  useEffect(() => {
    const onLeave = () => {
      if (saving.current.unsaved) journalUnsaved(saving.current.unsaved);
    };
    window.addEventListener("pagehide", onLeave);
    return () => window.removeEventListener("pagehide", onLeave);
  }, []);
  const untouched = state.history.past.length === 0;
  useEffect(() => {
    if (!restored) return;
    // A new timeline nobody has touched yet is nothing to keep: no empty "Untitled" drafts pile up.
    if (untouched && isBlank(state.history.present)) return;
    const draft: Draft = {
      key: state.key,
      dataset: state.history.present,
      publishArticles: state.publishArticles,
      savedAt: Date.now(),
      savedBy: state.tab,
    };
    const queue = saving.current;
    queue.next = draft;
    queue.unsaved = draft;
    if (queue.busy) return;
    const drain = async () => {
      queue.busy = true;
      while (queue.next) {
        const next = queue.next;
        queue.next = null;
        const result = await store.save(next);
        // The same outcome is the same state: nothing that follows it is redone at every save.
        setSaved((was) => (was.ok && result.ok ? was : result));
      }
      queue.busy = false;
      queue.unsaved = null;
    };
    void drain();
  }, [store, restored, untouched, state.key, state.history.present, state.publishArticles, state.tab, lost]);

  useTabChannel(store, state, restored, dispatch);

  /** A change (pure) to the draft; `field` names what it changed, so typing in one field is one undo step. */
  const edit = useCallback(
    (change: (dataset: DraftDataset) => DraftDataset, field: string | null = null) =>
      dispatch({ type: "edit", change, field, at: Date.now() }),
    [],
  );

  return {
    key: state.key,
    dataset: state.history.present,
    canUndo: state.history.past.length > 0,
    canRedo: state.history.future.length > 0,
    publishArticles: state.publishArticles,
    restored,
    saved,
    /** Whether the browser's storage was deleted or cleared while the studio was open. */
    storageLost: lost > 0,
    overwritten: state.overwritten,
    /** What the draft kept or sent by another tab had of the wrong shape, by its path. */
    readNotes: state.notes,
    edit,
    /** A change that is no undo step (an export's housekeeping): kept whatever is undone after it. */
    amend: useCallback((change: (dataset: DraftDataset) => DraftDataset) => dispatch({ type: "amend", change, at: Date.now() }), []),
    undo: useCallback(() => dispatch({ type: "undo", at: Date.now() }), []),
    redo: useCallback(() => dispatch({ type: "redo", at: Date.now() }), []),
    open: useCallback((draft: Draft) => dispatch({ type: "open", draft }), []),
    /** A draft as kept in the browser, of whatever shape. */
    restore: useCallback((stored: unknown) => dispatch({ type: "restore", stored }), []),
    setPublishArticles: useCallback((value: boolean) => dispatch({ type: "publishArticles", value }), []),
  };
}
