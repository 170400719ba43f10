import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchDatasetFile, MAX_DATASET_BYTES, STALL_MS } from "./datasetFetch";
import { DatasetError } from "./datasetError";

/** A response whose body sends `chunks`, then (unless `end`) nothing more, ever. */
function respondWith(chunks: Uint8Array[], { end = false, headers = {} as Record<string, string> } = {}) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (end) controller.close();
    },
  });
  vi.stubGlobal("fetch", async () => new Response(body, { status: 200, headers }));
}

const load = (name: string) => fetchDatasetFile(`https://news.example/${name}`, name, { onProgress: () => {} });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("a dataset's fetch always ends", () => {
  it("when the body stops arriving: a retryable error saying how much came", async () => {
    vi.useFakeTimers();
    respondWith([new Uint8Array(1 << 20)], { headers: { "content-length": String(10 << 20) } });
    const loading = load("stall.json");
    const failure = expect(loading).rejects.toThrow(
      /stopped sending the dataset stall\.json: nothing arrived for 15 s, after 1\.0 of 10\.5 MB/,
    );
    await vi.advanceTimersByTimeAsync(STALL_MS + 10);
    await failure;
    await loading.catch((error: DatasetError) => expect(error.retryable).toBe(true));
  });

  it("when the server never answers", async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      "fetch",
      (_url: string, { signal }: RequestInit) =>
        new Promise((_, reject) => signal!.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")))),
    );
    const failure = expect(load("silent.json")).rejects.toThrow(/did not answer for the dataset silent\.json within 15 s/);
    await vi.advanceTimersByTimeAsync(STALL_MS + 10);
    await failure;
  });

  it("when the body ends before its declared length", async () => {
    respondWith([new Uint8Array(1000)], { end: true, headers: { "content-length": "5000" } });
    await expect(load("short.json")).rejects.toThrow(/arrived cut short: 0\.0 of 0\.0 MB/);
  });

  it("when the file is larger than a tab can hold, named with its size, before reading it", async () => {
    respondWith([], { headers: { "content-length": String(560e6) } });
    await expect(load("huge.json")).rejects.toThrow(/huge\.json is too large to open here: 560\.0 MB/);
    expect(MAX_DATASET_BYTES).toBeLessThan(560e6);
  });

  it("reads a whole body", async () => {
    respondWith([new TextEncoder().encode('{"a":1}')], { end: true, headers: { "content-length": "7" } });
    const fetched = await load("ok.json");
    expect("bytes" in fetched && new TextDecoder().decode(fetched.bytes)).toBe('{"a":1}');
  });
});
