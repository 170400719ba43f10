import "fake-indexeddb/auto";
import { clear, createStore, keys, set, type UseStore } from "idb-keyval";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../test-support/generateDataset.mjs";
import { CHUNK_SIZE, closingStore, DraftStore, WRITE_BATCH, type Draft, type DraftDataset } from "./draftStore";

let n = 0;
const freshStore = () => new DraftStore(() => createStore(`test-${++n}`, "drafts"));
const draft = (key: string, title: string, savedAt: number): Draft => ({
  key,
  savedAt,
  publishArticles: false,
  dataset: {
    version: 1,
    title,
    categories: [],
    sources: [{ id: "s", outlet: "O", title: null, published: null, summary: "x", article: "text" }],
    events: [],
  },
});

describe("DraftStore", () => {
  it("saves a draft and restores it as it was, with the one open last", async () => {
    const store = freshStore();
    expect(await store.lastOpen()).toBeNull();
    expect(await store.save(draft("a", "First", 1))).toEqual({ ok: true });
    expect(await store.load("a")).toEqual(draft("a", "First", 1));
    expect(await store.lastOpen()).toEqual(draft("a", "First", 1));
  });

  it("keeps several drafts, lists the latest first, and removes one", async () => {
    const store = freshStore();
    await store.save(draft("a", "First", 1));
    await store.save(draft("b", "Second", 2));
    expect(await store.list()).toEqual([
      { key: "b", title: "Second", savedAt: 2 },
      { key: "a", title: "First", savedAt: 1 },
    ]);
    expect((await store.lastOpen())?.key).toBe("b");
    await store.remove("b");
    expect((await store.list()).map((d) => d.key)).toEqual(["a"]);
  });

  it("says plainly when storage is refused, and never throws", async () => {
    const blocked = new DraftStore(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    expect(await blocked.save(draft("a", "x", 1))).toEqual({
      ok: false,
      reason: "this browser window does not allow this site to keep data",
    });
    expect(await blocked.list()).toEqual([]);
    expect(await blocked.lastOpen()).toBeNull();

    const full = new DraftStore(() => async () => {
      throw new DOMException("full", "QuotaExceededError");
    });
    expect(await full.save(draft("a", "x", 1))).toEqual({ ok: false, reason: "the browser's storage for this site is full" });
    expect(await full.load("a")).toBeNull();
  });
});

describe("storage deleted or cleared under the studio", () => {
  const deleted = (name: string) =>
    new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve("deleted");
      request.onblocked = () => resolve("blocked");
    });
  const many = (key: string, title: string): Draft => ({
    ...draft(key, title, 1),
    dataset: { ...draft(key, title, 1).dataset, events: generateDataset(250).events },
  });

  it("lets a delete from another tab through, says so, and the next save keeps the draft whole", async () => {
    const name = `closing-${++n}`;
    const store = new DraftStore((onLost) => closingStore(name, "drafts", onLost));
    let lost = 0;
    store.onLost(() => lost++);
    const first = many("a", "First");
    await store.save(first);
    expect(await deleted(name)).toBe("deleted");
    expect(lost).toBe(1);
    // Only the title changed: what was there before the delete is written again all the same.
    const retitled = { ...first, dataset: { ...first.dataset, title: "Again" } };
    expect(await store.save(retitled)).toEqual({ ok: true });
    const reread = new DraftStore((onLost) => closingStore(name, "drafts", onLost));
    expect(await reread.lastOpen()).toEqual(retitled);
  });

  it("notices a draft gone from a cleared store when it looks", async () => {
    const name = `closing-${++n}`;
    const store = new DraftStore((onLost) => closingStore(name, "drafts", onLost));
    let lost = 0;
    store.onLost(() => lost++);
    await store.save(draft("a", "x", 1));
    expect(await store.stillKept("a")).toBe(true);
    await clear(createStore(name, "drafts"));
    expect(await store.stillKept("a")).toBe(false);
    expect(lost).toBe(1);
    // A draft this tab never kept is nothing to miss.
    expect(await store.stillKept("b")).toBe(true);
  });

  it("tells which drafts another tab saved last", async () => {
    const name = `closing-${++n}`;
    const mine = new DraftStore((onLost) => closingStore(name, "drafts", onLost));
    await mine.save({ ...draft("a", "x", 1), savedBy: "tab-1" });
    expect(await mine.savedByAnother("a", "tab-1")).toBeNull();
    expect((await mine.savedByAnother("a", "tab-2"))?.dataset.title).toBe("x");
  });
});

/** A store that notes the key of every record written. */
function countingStore(inner = createStore(`test-${++n}`, "drafts"), pause?: () => Promise<void>) {
  const puts: string[] = [];
  const counted: UseStore = (mode, callback) =>
    inner(mode, (store) =>
      callback(
        new Proxy(store, {
          get(target, name) {
            if (name === "put") return (value: unknown, key: IDBValidKey) => (puts.push(String(key)), target.put(value, key));
            const member = Reflect.get(target, name) as unknown;
            return typeof member === "function" ? (member as (...args: unknown[]) => unknown).bind(target) : member;
          },
        }),
      ),
    );
  return { inner, puts, store: new DraftStore(() => counted, pause) };
}

const big = (events: number): Draft => ({
  key: "big",
  savedAt: 1,
  publishArticles: true,
  dataset: generateDataset(events, 3) as unknown as DraftDataset,
});

describe("DraftStore, a long draft in pieces", () => {
  it("writes only the piece an edit changed, and the draft's record", async () => {
    const { inner, puts, store } = countingStore();
    const draft = big(1000);
    expect(await store.save(draft)).toEqual({ ok: true });
    // The first save writes every piece: the events', the sources', the record and which is open.
    expect(puts).toHaveLength(1000 / CHUNK_SIZE + 1 + 2);
    puts.length = 0;
    const events = [...draft.dataset.events];
    events[950] = { ...events[950]!, title: "Edited" };
    const edited = { ...draft, savedAt: 2, dataset: { ...draft.dataset, events } };
    await store.save(edited);
    expect(puts.sort()).toEqual(["chunk:big:events:9", "draft:big"]);
    // Read back whole, by a store that never saw it written.
    expect(await new DraftStore(() => inner).load("big")).toEqual(edited);
    expect(await new DraftStore(() => inner).list()).toEqual([{ key: "big", title: draft.dataset.title, savedAt: 2 }]);
  });

  it("after a load, a change writes only its piece; a shorter list drops its spare pieces", async () => {
    const first = countingStore();
    await first.store.save(big(450));
    // Another session: it reads the draft, then the reporter edits one event, then removes most.
    const { inner, puts, store } = countingStore(first.inner);
    const loaded = (await store.lastOpen())!;
    expect(loaded).toEqual(big(450));
    const events = [...loaded.dataset.events];
    events[3] = { ...events[3]!, date: "2001" };
    await store.save({ ...loaded, dataset: { ...loaded.dataset, events } });
    expect(puts.sort()).toEqual(["chunk:big:events:0", "draft:big"]);
    await store.save({ ...loaded, dataset: { ...loaded.dataset, events: events.slice(0, 120) } });
    const left = (await keys<string>(inner)).filter((key) => key.startsWith("chunk:big:events:"));
    expect(left.sort()).toEqual(["chunk:big:events:0", "chunk:big:events:1"]);
    expect((await new DraftStore(() => inner).load("big"))!.dataset.events).toEqual(events.slice(0, 120));
  });

  it("reads a draft kept whole, as drafts were before pieces, and keeps it in pieces from its next save", async () => {
    const { inner, puts, store } = countingStore();
    const old = big(250);
    await set("draft:big", old, inner);
    await set("open", "big", inner);
    expect(await store.list()).toEqual([{ key: "big", title: old.dataset.title, savedAt: 1 }]);
    const loaded = (await store.lastOpen())!;
    expect(loaded).toEqual(old);
    puts.length = 0;
    await store.save({ ...loaded, savedAt: 5 });
    expect(puts.sort()).toEqual(["chunk:big:events:0", "chunk:big:events:1", "chunk:big:events:2", "chunk:big:sources:0", "draft:big"]);
    expect(await new DraftStore(() => inner).load("big")).toEqual({ ...old, savedAt: 5 });
    expect(await store.remove("big")).toEqual({ ok: true });
    expect(await keys(inner)).toEqual(["open"]);
  });

  it("writes a long draft whole a few pieces a task, its record last", async () => {
    const log: string[] = [];
    const pause = () => (log.push("pause"), Promise.resolve());
    const { inner, puts, store } = countingStore(undefined, pause);
    const draft = big(4000);
    expect(await store.save(draft)).toEqual({ ok: true });
    const pieces = Math.ceil(4000 / CHUNK_SIZE) + Math.ceil(draft.dataset.sources.length / CHUNK_SIZE);
    expect(puts).toHaveLength(pieces + 2);
    // Nothing points at a piece before the record, written last, with which draft is open.
    expect(puts.slice(-2)).toEqual(["draft:big", "open"]);
    expect(log.length).toBe(Math.floor(pieces / WRITE_BATCH));
    expect(await new DraftStore(() => inner).load("big")).toEqual(draft);
    // An edit after it: one transaction, no pause.
    log.length = 0;
    puts.length = 0;
    const events = [...draft.dataset.events];
    events[0] = { ...events[0]!, title: "Edited" };
    await store.save({ ...draft, savedAt: 2, dataset: { ...draft.dataset, events } });
    expect(log).toEqual([]);
    expect(puts.sort()).toEqual(["chunk:big:events:0", "draft:big"]);
  });
});
