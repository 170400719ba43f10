import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { blankDataset } from "./draftEdits";
import { DraftStore, type Draft, type DraftDataset, type SaveResult } from "./draftStore";
import { amend, record, redo, startHistory, undo, type History } from "./history";

interface State {
  key: string;
  history: History<DraftDataset>;
  publishArticles: boolean;
}

type Action =
  | { type: "edit"; change: (dataset: DraftDataset) => DraftDataset; field: string | null; at: number }
  | { type: "amend"; change: (dataset: DraftDataset) => DraftDataset }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "open"; draft: Draft }
  | { type: "publishArticles"; value: boolean };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "edit":
      return { ...state, history: record(state.history, action.change(state.history.present), action.field, action.at) };
    case "amend":
      return { ...state, history: amend(state.history, action.change) };
    case "undo":
      return { ...state, history: undo(state.history) };
    case "redo":
      return { ...state, history: redo(state.history) };
    case "open":
      return { key: action.draft.key, history: startHistory(action.draft.dataset), publishArticles: action.draft.publishArticles };
    case "publishArticles":
      return { ...state, publishArticles: action.value };
  }
}

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
  const [state, dispatch] = useReducer(reducer, undefined, () => {
    const draft = newDraft();
    return { key: draft.key, history: startHistory(draft.dataset), publishArticles: false };
  });
  const [restored, setRestored] = useState(false);
  const [saved, setSaved] = useState<SaveResult>({ ok: true });

  useEffect(() => {
    let live = true;
    void store.lastOpen().then((draft) => {
      if (!live) return;
      if (draft) dispatch({ type: "open", draft });
      setRestored(true);
    });
    return () => void (live = false);
  }, [store]);

  // One save in flight at a time; a change meanwhile is saved right after it.
  const saving = useRef<{ busy: boolean; next: Draft | null }>({ busy: false, next: null });
  useEffect(() => {
    if (!restored) return;
    const draft: Draft = { key: state.key, dataset: state.history.present, publishArticles: state.publishArticles, savedAt: Date.now() };
    const queue = saving.current;
    queue.next = draft;
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
    };
    void drain();
  }, [store, restored, state.key, state.history.present, state.publishArticles]);

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
    edit,
    /** A change that is no undo step (an export's housekeeping): kept whatever is undone after it. */
    amend: useCallback((change: (dataset: DraftDataset) => DraftDataset) => dispatch({ type: "amend", change }), []),
    undo: useCallback(() => dispatch({ type: "undo" }), []),
    redo: useCallback(() => dispatch({ type: "redo" }), []),
    open: useCallback((draft: Draft) => dispatch({ type: "open", draft }), []),
    setPublishArticles: useCallback((value: boolean) => dispatch({ type: "publishArticles", value }), []),
  };
}
