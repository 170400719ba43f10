import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";
import type { DatasetInput } from "../dataset/schema";

/** A source as the studio edits it: the format's, plus the article's text the reporter pasted
 * (kept in the draft; published only if they choose). */
export type DraftSource = DatasetInput["sources"][number] & { article?: string };
export type DraftDataset = Omit<DatasetInput, "sources"> & { sources: DraftSource[] };

export interface Draft {
  /** The draft's own key in the store. */
  key: string;
  dataset: DraftDataset;
  /** Whether Export writes the articles' texts into the file. */
  publishArticles: boolean;
  savedAt: number;
}

export interface DraftSummary {
  key: string;
  title: string;
  savedAt: number;
}

/** What became of a save: kept, or refused by the browser (storage full, blocked in a private
 * window or a third-party frame), said in words. */
export type SaveResult = { ok: true } | { ok: false; reason: string };

/** Every draft in the browser's storage (IndexedDB), one record each, and which was open last.
 * Nothing here throws: storage that is refused is reported, and the studio keeps working. */
export class DraftStore {
  private readonly store: UseStore | null;
  private readonly refused: string | null;

  constructor(open: () => UseStore = () => createStore("timeline-studio", "drafts")) {
    let store: UseStore | null = null;
    let refused: string | null = null;
    try {
      store = open();
    } catch (error) {
      refused = describe(error);
    }
    this.store = store;
    this.refused = refused;
  }

  async save(draft: Draft): Promise<SaveResult> {
    return this.attempt(async (store) => {
      await set(`draft:${draft.key}`, draft, store);
      await set("open", draft.key, store);
    });
  }

  async load(key: string): Promise<Draft | null> {
    return (await this.read((store) => get<Draft>(`draft:${key}`, store))) ?? null;
  }

  /** The draft that was open last, if the browser kept it. */
  async lastOpen(): Promise<Draft | null> {
    const key = await this.read((store) => get<string>("open", store));
    return key ? this.load(key) : null;
  }

  /** Every kept draft, the latest first. */
  async list(): Promise<DraftSummary[]> {
    const all = (await this.read((store) => entries<string, unknown>(store))) ?? [];
    return all
      .filter(([key]) => key.startsWith("draft:"))
      .map(([, value]) => value as Draft)
      .map((draft) => ({ key: draft.key, title: draft.dataset.title || "", savedAt: draft.savedAt }))
      .sort((a, b) => b.savedAt - a.savedAt);
  }

  async remove(key: string): Promise<SaveResult> {
    return this.attempt((store) => del(`draft:${key}`, store));
  }

  private async attempt(work: (store: UseStore) => Promise<void>): Promise<SaveResult> {
    if (!this.store) return { ok: false, reason: this.refused! };
    try {
      await work(this.store);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: describe(error) };
    }
  }

  private async read<T>(work: (store: UseStore) => Promise<T>): Promise<T | undefined> {
    if (!this.store) return undefined;
    try {
      return await work(this.store);
    } catch {
      return undefined;
    }
  }
}

function describe(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError") return "the browser's storage for this site is full";
  if (name === "SecurityError" || name === "InvalidStateError") return "this browser window does not allow this site to keep data";
  return `the browser refused to keep it (${error instanceof Error ? error.message : String(error)})`;
}
