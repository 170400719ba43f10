import { describe, expect, it, vi } from "vitest";
import type { fetchDatasetFile, Fetched } from "./datasetFetch";
import { datasetLoads } from "./datasetLoads";
import { EVERY_MS } from "./loadProgress";

const URL_A = "https://news.example/a.json";

/** A fetch that answers each call with fresh bytes, and reports `bytes` read as it starts. */
function fakeFetch(bytes = 10) {
  return vi.fn<typeof fetchDatasetFile>(async (_url, _label, { onProgress }) => {
    onProgress({ phase: "reading", bytes, totalBytes: bytes });
    return { bytes: new Uint8Array(bytes) } satisfies Fetched;
  });
}

describe("a page start's dataset loads", () => {
  it("hands the fetch the entry began to the first reader, once", async () => {
    const fetchFile = fakeFetch();
    const loads = datasetLoads(fetchFile);
    loads.begin(URL_A, "a.json");
    loads.begin(URL_A, "a.json");
    expect(fetchFile).toHaveBeenCalledTimes(1);
    const early = loads.peek(URL_A);
    expect(loads.take(URL_A, "a.json")).toBe(early);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    // Taken: the next reader fetches afresh.
    await loads.take(URL_A, "a.json");
    expect(fetchFile).toHaveBeenCalledTimes(2);
  });

  it("lets go of a begun fetch once its reader has what it needs", () => {
    const loads = datasetLoads(fakeFetch());
    loads.begin(URL_A, "a.json");
    loads.release(URL_A);
    expect(loads.peek(URL_A)).toBeUndefined();
  });

  it("shares nothing with another start: a second mount or a test begins from its own", async () => {
    const first = datasetLoads(fakeFetch(10));
    const secondFetch = fakeFetch(20);
    const second = datasetLoads(secondFetch);
    first.begin(URL_A, "a.json");
    await first.peek(URL_A);
    expect(second.peek(URL_A)).toBeUndefined();
    expect(second.progressOf(URL_A)).toBeUndefined();
    await second.take(URL_A, "a.json");
    expect(secondFetch).toHaveBeenCalledTimes(1);
    expect(first.progressOf(URL_A)?.bytes).toBe(10);
    expect(second.progressOf(URL_A)?.bytes).toBe(20);
  });

  it("keeps each address's progress, telling its listeners a few times a second at most within a phase", () => {
    let now = 0;
    const loads = datasetLoads(fakeFetch(), () => now);
    const heard = vi.fn();
    const stop = loads.subscribe(heard);
    const report = loads.reporter(URL_A);
    report({ bytes: 1, totalBytes: 100 });
    report({ bytes: 2 });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(loads.progressOf(URL_A)).toEqual({ phase: "reading", bytes: 2, totalBytes: 100, events: 0, totalEvents: null });
    // A new phase is told at once; the same phase again once EVERY_MS has passed.
    report({ phase: "checking" });
    expect(heard).toHaveBeenCalledTimes(2);
    now += EVERY_MS;
    report({ phase: "checking" });
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
    report({ phase: "receiving", events: 5 });
    expect(heard).toHaveBeenCalledTimes(3);
    expect(loads.progressOf(URL_A)?.events).toBe(5);
  });

  it("reports the early fetch's progress to the same store", async () => {
    const loads = datasetLoads(fakeFetch(42));
    loads.begin(URL_A, "a.json");
    await loads.peek(URL_A);
    expect(loads.progressOf(URL_A)?.bytes).toBe(42);
  });
});
