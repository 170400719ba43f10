import { delMany, get, getMany, keys, setMany, type UseStore } from "idb-keyval";
import type { DatasetInput } from "../dataset/schema";

/** A source as the studio edits it: the format's, plus the article's text the reporter pasted
 * (kept in the draft; published only if they choose). */
export type DraftSource = DatasetInput["sources"][number] & { article?: string };
export type DraftDataset = Omit<DatasetInput, "sources"> & {
  sources: DraftSource[];
  /** A draft opened from the published timeline: what each event was there (changeRecord.ts). Never exported. */
  publishedBaseline?: Record<string, string>;
};

export interface Draft {
  /** The draft's own key in the store. */
  key: string;
  dataset: DraftDataset;
  /** Whether Export writes the articles' texts into the file. */
  publishArticles: boolean;
  savedAt: number;
  /** The tab that saved it last: another tab's save is one to catch up with. */
  savedBy?: string;
}

export interface DraftSummary {
  key: string;
  title: string;
  savedAt: number;
}

/** What became of a save: kept, or refused by the browser (storage full, blocked in a private
 * window or a third-party frame), said in words. */
export type SaveResult = { ok: true } | { ok: false; reason: string };

/** The lists of a draft kept in pieces: a change to one item rewrites its piece, not the draft. */
const CHUNKED = ["sources", "events", "periods"] as const;
type Chunked = (typeof CHUNKED)[number];
/** Items in a piece: a piece small enough to write at every key, few enough to read at once. */
export const CHUNK_SIZE = 100;
/** Pieces written in one transaction when a whole long draft is written (a file just opened): each
 * put clones its piece on the page's thread, and 200 pieces at once held it a fifth of a second. */
export const WRITE_BATCH = 5;

const aTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A draft's record (`draft:<key>`): all but its lists, and how many pieces each list has
 * (null: the draft has no such list). Drafts kept before pieces were one record with everything. */
interface Head extends Omit<Draft, "dataset"> {
  dataset: Omit<DraftDataset, Chunked>;
  chunks: Record<Chunked, number | null>;
}

const headKey = (key: string) => `draft:${key}`;
const chunkKey = (key: string, kind: Chunked, n: number) => `chunk:${key}:${kind}:${n}`;
const chunkKeys = (key: string, kind: Chunked, from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => chunkKey(key, kind, from + i));
const isHead = (record: Draft | Head): record is Head => "chunks" in record;
const sameItems = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** The pieces of a list as they were last written or read: what a save compares with. */
type Written = Record<Chunked, unknown[][] | null>;

/** Every draft in the browser's storage (IndexedDB), each a record and its lists in pieces, and
 * which was open last. Nothing here throws: storage that is refused is reported, and the studio
 * keeps working. */
export class DraftStore {
  private readonly store: UseStore | null;
  private refused: string | null;
  private readonly written = new Map<string, Written>();
  private open: string | null = null;
  private readonly lostListeners = new Set<() => void>();
  /** Counts the times storage was lost: what a save wrote before that is not there any more. */
  private generation = 0;

  constructor(
    open: (onLost: () => void) => UseStore = (onLost) => closingStore("timeline-studio", "drafts", onLost),
    private readonly pause: () => Promise<void> = aTask,
  ) {
    let store: UseStore | null = null;
    let refused: string | null = null;
    try {
      store = open(() => this.lost());
    } catch (error) {
      refused = describe(error);
    }
    this.store = store;
    this.refused = refused;
  }

  /** Whether the browser refused the store from the start (a private window, a third-party frame):
   * said at once, before anything is typed. */
  refusal(): SaveResult {
    return this.refused === null ? { ok: true } : { ok: false, reason: this.refused };
  }

  /** Called when the browser's storage was deleted or cleared under the studio (by another tab,
   * or the browser): nothing written is there any more, so the next save writes the draft whole. */
  onLost(listener: () => void): () => void {
    this.lostListeners.add(listener);
    return () => void this.lostListeners.delete(listener);
  }

  /** Whether the draft this tab last saved or read is still in storage (false: the store was
   * cleared, and the listeners are told). */
  async stillKept(key: string): Promise<boolean> {
    if (!this.store || !this.written.has(key)) return true;
    try {
      if ((await get(headKey(key), this.store)) !== undefined) return true;
    } catch {
      return true; // refused, not gone: the next save says so
    }
    this.lost();
    return false;
  }

  private lost() {
    this.generation++;
    this.written.clear();
    this.open = null;
    for (const listener of this.lostListeners) listener();
  }

  /** Keeps the draft: its record, and the pieces of its lists that changed since it was last
   * written or read (all of them the first time), in one transaction. A long draft written whole
   * (the first time) has its pieces written a few a task, and its record last: until that is
   * written, nothing points at them, and the page answers keys in between. */
  async save(draft: Draft): Promise<SaveResult> {
    const generation = this.generation;
    const before = this.written.get(draft.key);
    const written = {} as Written;
    const writes: [string, unknown][] = [];
    const stale: string[] = [];
    const { dataset, ...rest } = draft;
    const kept = { ...dataset } as Partial<DraftDataset>;
    const chunks = {} as Head["chunks"];
    for (const kind of CHUNKED) {
      const items = dataset[kind] as unknown[] | undefined;
      delete kept[kind];
      if (!items) {
        written[kind] = chunks[kind] = null;
        stale.push(...chunkKeys(draft.key, kind, 0, before?.[kind]?.length ?? 0));
        continue;
      }
      const pieces = Array.from({ length: Math.ceil(items.length / CHUNK_SIZE) }, (_, n) =>
        items.slice(n * CHUNK_SIZE, (n + 1) * CHUNK_SIZE),
      );
      pieces.forEach((piece, n) => {
        const was = before?.[kind]?.[n];
        if (!was || !sameItems(was, piece)) writes.push([chunkKey(draft.key, kind, n), piece]);
      });
      stale.push(...chunkKeys(draft.key, kind, pieces.length, before?.[kind]?.length ?? 0));
      written[kind] = pieces;
      chunks[kind] = pieces.length;
    }
    const head: Head = { ...rest, dataset: kept as Head["dataset"], chunks };
    const early = before ? [] : writes.splice(0, writes.length - (writes.length % WRITE_BATCH));
    writes.push([headKey(draft.key), head]);
    if (this.open !== draft.key) writes.push(["open", draft.key]);
    const result = await this.attempt(async (store) => {
      for (let n = 0; n < early.length; n += WRITE_BATCH) {
        await this.pause();
        await setMany(early.slice(n, n + WRITE_BATCH), store);
      }
      await setMany(writes, store);
      if (stale.length) await delMany(stale, store);
    });
    if (generation !== this.generation) return result;
    if (result.ok) {
      this.written.set(draft.key, written);
      this.open = draft.key;
    } else this.written.delete(draft.key);
    return result;
  }

  async load(key: string): Promise<Draft | null> {
    return (
      (await this.read(async (store) => {
        const record = await get<Draft | Head>(headKey(key), store);
        if (!record || !isHead(record)) return record;
        const { chunks, dataset, ...rest } = record;
        const full = { ...dataset } as DraftDataset;
        const written = {} as Written;
        for (const kind of CHUNKED) {
          const count = chunks[kind];
          if (count === null) {
            written[kind] = null;
            continue;
          }
          const pieces = await getMany<unknown[]>(chunkKeys(key, kind, 0, count), store);
          if (pieces.some((piece) => !Array.isArray(piece))) throw new Error(`the draft's ${kind} are incomplete`);
          written[kind] = pieces as unknown[][];
          (full as Record<Chunked, unknown[]>)[kind] = pieces.flat();
        }
        this.written.set(key, written);
        return { ...rest, dataset: full };
      })) ?? null
    );
  }

  /** The draft as kept, if another tab than `tab` saved it last. */
  async savedByAnother(key: string, tab: string): Promise<Draft | null> {
    const head = await this.read((store) => get<Draft | Head>(headKey(key), store));
    return head?.savedBy && head.savedBy !== tab ? this.load(key) : null;
  }

  /** The draft that was open last, if the browser kept it. */
  async lastOpen(): Promise<Draft | null> {
    const key = await this.read((store) => get<string>("open", store));
    if (key) this.open = key;
    return key ? this.load(key) : null;
  }

  /** Every kept draft, the latest first (their records only, not their lists). Storage refused is
   * no draft kept (the save status says why); storage that fails otherwise throws, in words. */
  async list(): Promise<DraftSummary[]> {
    if (!this.store) return [];
    let heads: (Draft | Head | undefined)[];
    try {
      const names = (await keys<string>(this.store)).filter((key) => String(key).startsWith("draft:"));
      heads = await getMany<Draft | Head>(names, this.store);
    } catch (error) {
      if (!isRefusal(error))
        throw new Error(`the drafts kept in this browser could not be listed (${errorWords(error)})`, { cause: error });
      this.refused ??= describe(error);
      return [];
    }
    return heads
      .filter((head) => head !== undefined)
      .map((head) => ({ key: head.key, title: typeof head.dataset?.title === "string" ? head.dataset.title : "", savedAt: head.savedAt }))
      .sort((a, b) => b.savedAt - a.savedAt);
  }

  async remove(key: string): Promise<SaveResult> {
    return this.attempt(async (store) => {
      const record = await get<Draft | Head>(headKey(key), store);
      const pieces = record && isHead(record) ? CHUNKED.flatMap((kind) => chunkKeys(key, kind, 0, record.chunks[kind] ?? 0)) : [];
      await delMany([headKey(key), ...pieces], store);
      this.written.delete(key);
    });
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
    } catch (error) {
      // Refused, not empty: said at once (refusal), not first at the next save.
      if (isRefusal(error)) this.refused ??= describe(error);
      return undefined;
    }
  }
}

/** idb-keyval's store, but one that lets go of its database when another tab or the browser wants
 * it deleted or upgraded (idb-keyval's own keeps it open, and the delete stays blocked) or closes
 * it; the next use opens it again (made anew if it was deleted). */
export function closingStore(dbName: string, storeName: string, onLost: () => void): UseStore {
  if (typeof indexedDB === "undefined") throw new DOMException("no IndexedDB", "InvalidStateError");
  let db: Promise<IDBDatabase> | null = null;
  const connect = (version?: number): Promise<IDBDatabase> =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName, version);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new DOMException("the browser's storage is held by another tab", "InvalidStateError"));
    }).then((opened) => {
      // A database of that name without the studio's store (made by someone else): upgraded to have it.
      if (!opened.objectStoreNames.contains(storeName)) {
        opened.close();
        return connect(opened.version + 1);
      }
      opened.onversionchange = (event) => {
        opened.close();
        db = null;
        // An upgrade keeps what is kept; a delete (no new version) does not.
        if (event.newVersion === null) onLost();
      };
      // Closed by the browser (its data cleared): gone too.
      opened.onclose = () => {
        db = null;
        onLost();
      };
      return opened;
    });
  const ready = () => {
    db ??= connect().catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  return (mode, callback) => ready().then((opened) => callback(opened.transaction(storeName, mode).objectStore(storeName)));
}

const isRefusal = (error: unknown) =>
  (error instanceof Error || error instanceof DOMException) &&
  ["SecurityError", "InvalidStateError", "QuotaExceededError"].includes(error.name);

const errorWords = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function describe(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError") return "the browser's storage for this site is full";
  if (name === "SecurityError" || name === "InvalidStateError") return "this browser window does not allow this site to keep data";
  return `the browser refused to keep it (${error instanceof Error ? error.message : String(error)})`;
}
