import type { DatasetWorker } from "./datasetFetch";
import { indexAsArriving, type DatasetIndex, type FullCheck, type Records } from "./datasetIndex";
import type { LoadProgress } from "./loadProgress";
import { readSlice } from "./eventSlices";
import { fillRecords, readColumns } from "./drawColumns";
import { DatasetError } from "./datasetError";
import type { Dataset, TimelineEvent } from "./schema";
import type { ImportNotice } from "./importNotices";
import type { EventFilter, SearchResult } from "./searchIndex";
import type { DatasetDiff } from "./datasetVersion";
import type { FromWorker, ToWorker } from "./workerProtocol";
import { valueStore } from "../lib/valueStore";
import type { PartialDate } from "../lib/dates";

/** The page's side of the dataset worker: indexes the events it sends back of the file posted to
 * it (datasetFetch.ts), and asks it the index's searches. `onProgress` hears of the events as they
 * arrive. The index may come before the file's full check: its `check` says how that ends. */
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
    let notices: ImportNotice[] = [];
    const events: TimelineEvent[] = [];
    // Each slice is indexed as it is read: no task indexes them all.
    let indexing: ReturnType<typeof indexAsArriving> | null = null;
    const check = valueStore<FullCheck>("checking");
    let index: DatasetIndex | null = null;
    // Where the events came as drawing columns: their records, arriving after the first screen.
    let records: ReturnType<typeof valueStore<Records>> | undefined;
    const { search, compare, dispose, answer } = workerQuestions(worker);
    let filling: ReturnType<typeof recordsFiller> | undefined;
    // The dates the drawing columns have brought, each one object.
    const dates: PartialDate[] = [];
    listen((message) => {
      const data = message as FromWorker;
      switch (data.type) {
        case "head":
          head = data.dataset;
          digest = data.digest;
          notices = data.notices;
          onProgress({ phase: "receiving", events: 0, totalEvents: data.total });
          break;
        case "events": {
          const from = events.length;
          for (const event of readSlice(data.json)) events.push(event);
          (indexing ??= indexAsArriving(events, head!)).add(from, events.length);
          onProgress({ events: events.length });
          break;
        }
        case "columns": {
          const from = events.length;
          for (const event of readColumns(data.columns, head!.categories, dates)) events.push(event);
          (indexing ??= indexAsArriving(events, head!)).add(from, events.length);
          onProgress({ events: events.length });
          break;
        }
        case "done":
          signal?.removeEventListener("abort", abandon);
          if (data.checked) check.set("sound");
          if (data.records) records = valueStore<Records>("arriving");
          index = { ...(indexing ?? indexAsArriving(events, head!)).finish(search, notices), digest, compare, dispose, check, records };
          resolve(index);
          break;
        case "records":
        case "recorded":
          filling ??= recordsFiller(events, index!, records!);
          filling(data);
          break;
        case "checked":
          check.set("sound");
          break;
        case "error":
          worker.terminate();
          // Once the events are shown, the full check's refusal is the index's (the page shows it in their place).
          if (check.get() === "checking") check.set(new DatasetError(data.message, data.details));
          reject(new DatasetError(data.message, data.details));
          break;
        case "compared":
        case "found":
          answer(data);
      }
    });
  });
}

/** Fills the records the worker sends after the columns into the index's events, a slice a task
 * when the page is idle (after the first screen's render and vis-timeline's creation, which come
 * first), and says when all have come. */
function recordsFiller(events: TimelineEvent[], index: DatasetIndex, records: { set: (state: Records) => void }) {
  const waiting: { from: number; json: string }[] = [];
  let sent = false;
  let scheduled = false;
  const bySource = index.eventsBySource;
  const fill = () => {
    scheduled = false;
    const next = waiting.shift();
    if (next) fillRecords(events, next.from, next.json, (source, event) => bySource.get(source)?.push(event));
    if (waiting.length) schedule();
    else if (sent) records.set("complete");
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if (typeof requestIdleCallback === "function") requestIdleCallback(fill, { timeout: IDLE_WAIT_MS });
    else setTimeout(fill);
  };
  return (data: Extract<FromWorker, { type: "records" | "recorded" }>) => {
    if (data.type === "records") waiting.push(data);
    else sent = true;
    schedule();
  };
}

/** The longest a slice of records waits for the page to be idle. */
const IDLE_WAIT_MS = 500;

/** What the page asks the worker once the file is read (searches, a new version compared), and
 * `answer` for its answers. */
function workerQuestions(worker: Worker) {
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
  const answer = (data: Extract<FromWorker, { type: "compared" | "found" }>) => {
    if (data.type === "compared") {
      compared?.({ diff: data.diff, bytes: data.bytes });
      compared = null;
    } else {
      searches.get(data.id)?.({ positions: data.positions, counts: data.counts });
      searches.delete(data.id);
    }
  };
  return { search, compare, dispose, answer };
}

/** Resolves once the index's file is checked in full; rejects with the check's refusal. */
export function fullyChecked({ check }: Pick<DatasetIndex, "check">): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      const state = check?.get() ?? "sound";
      if (state === "checking") return false;
      if (state === "sound") resolve();
      else reject(state);
      return true;
    };
    if (settle()) return;
    const stop = check!.subscribe(() => void (settle() && stop()));
  });
}
