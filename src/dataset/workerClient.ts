import type { DatasetWorker } from "./datasetFetch";
import { indexAsArriving, type DatasetIndex } from "./datasetIndex";
import type { LoadProgress } from "./loadProgress";
import { readSlice } from "./eventSlices";
import { DatasetError } from "./datasetError";
import type { Dataset, TimelineEvent } from "./schema";
import type { EventFilter, SearchResult } from "./searchIndex";
import type { DatasetDiff } from "./datasetVersion";
import type { FromWorker, ToWorker } from "./workerProtocol";

/** The page's side of the dataset worker: indexes the events it sends back of the file posted to
 * it (datasetFetch.ts), and asks it the index's searches. `onProgress` hears of the events as they
 * arrive. */
export function indexFromWorker(
  { worker, listen }: DatasetWorker,
  onProgress: (progress: Partial<LoadProgress>) => void,
  signal?: AbortSignal,
): Promise<DatasetIndex> {
  return new Promise((resolve, reject) => {
    // A load nobody waits for any more (the query was cancelled) lets its worker go.
    const abandon = () => {
      worker.terminate();
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", abandon);
    let head: Dataset | null = null;
    let digest: string | null = null;
    const events: TimelineEvent[] = [];
    // Each slice is indexed as it is read: no task indexes them all.
    let indexing: ReturnType<typeof indexAsArriving> | null = null;
    const searches = new Map<number, (result: SearchResult) => void>();
    let searchId = 0;
    let compared: ((answer: { diff: DatasetDiff | null; bytes: ArrayBuffer }) => void) | null = null;
    // One comparison at a time: the page checks for a new version once the last check has ended.
    const compare = (bytes: ArrayBuffer, label: string) =>
      new Promise<{ diff: DatasetDiff | null; bytes: ArrayBuffer }>((answer) => {
        compared = answer;
        worker.postMessage({ type: "compare", bytes, label } satisfies ToWorker, [bytes]);
      });
    const search = (filter: EventFilter) =>
      new Promise<SearchResult>((answer) => {
        searches.set(++searchId, answer);
        worker.postMessage({ type: "search", id: searchId, filter } satisfies ToWorker);
      });
    const dispose = () => {
      worker.terminate();
      compared?.({ diff: null, bytes: new ArrayBuffer(0) });
      compared = null;
    };
    listen((message) => {
      const data = message as FromWorker;
      switch (data.type) {
        case "head":
          head = data.dataset;
          digest = data.digest;
          onProgress({ phase: "receiving", events: 0, totalEvents: data.total });
          break;
        case "events": {
          const from = events.length;
          for (const event of readSlice(data.json)) events.push(event);
          (indexing ??= indexAsArriving(events, head!)).add(from, events.length);
          onProgress({ events: events.length });
          break;
        }
        case "done":
          signal?.removeEventListener("abort", abandon);
          resolve({ ...(indexing ?? indexAsArriving(events, head!)).finish(search), digest, compare, dispose });
          break;
        case "error":
          worker.terminate();
          reject(new DatasetError(data.message, data.details));
          break;
        case "compared":
          compared?.({ diff: data.diff, bytes: data.bytes });
          compared = null;
          break;
        case "found":
          searches.get(data.id)?.({ positions: data.positions, counts: data.counts });
          searches.delete(data.id);
      }
    });
  });
}
