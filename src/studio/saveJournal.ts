import type { Draft } from "./draftStore";

/** A change still on its way to IndexedDB when the page goes (a reload a moment after the last
 * key, a closed tab) would be lost: the write is asynchronous, and a leaving page may not finish
 * it. The draft not yet saved is written, synchronously, to localStorage as the page goes, and
 * taken back when the studio opens next. Best effort: storage refused or full keeps nothing. */
const KEY = "timeline-studio:unsaved";

export function journalUnsaved(draft: Draft, storage: Storage | null = safeLocalStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Full or refused: IndexedDB's copy is what there is.
  }
}

/** The draft a page left unsaved, if it is newer than the one IndexedDB holds; the journal is emptied. */
export function takeUnsaved(stored: Draft | null, storage: Storage | null = safeLocalStorage()): Draft | null {
  let journal: Draft | null;
  try {
    const text = storage?.getItem(KEY);
    storage?.removeItem(KEY);
    journal = text ? (JSON.parse(text) as Draft) : null;
  } catch {
    return null;
  }
  if (!journal || typeof journal.key !== "string" || typeof journal.dataset !== "object" || journal.dataset === null) return null;
  if (stored && stored.key === journal.key && stored.savedAt >= journal.savedAt) return null;
  return journal;
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
