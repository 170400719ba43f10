import "fake-indexeddb/auto";
import { createStore } from "idb-keyval";
import { describe, expect, it } from "vitest";
import { DraftStore, type Draft } from "./draftStore";

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
