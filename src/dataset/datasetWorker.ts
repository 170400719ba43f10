/// <reference lib="webworker" />
// The dataset worker: parses a large dataset file, checks what drawing needs (earlyDataset.ts), sorts
// it, sends it to the page in slices (each one a short task there), then checks the whole file against
// the schema and says so, and keeps its search index and answers searches. A file the early check
// cannot read is checked in full first, as any small one is.
import { sortedByDate } from "./datasetIndex";
import { writeSlice } from "./eventSlices";
import { columnBuffers, drawnByColumns, writeColumns, writeRecords, type SentDates } from "./drawColumns";
import { DatasetError, unreadable } from "./datasetError";
import { bytesDigest } from "./datasetDigest";
import { diffFingerprints, fingerprintsOf, type DatasetDiff, type Fingerprints } from "./datasetVersion";
import { decodeDataset, detectFormat, readDataset, readFile } from "./readDataset";
import { earlyDataset } from "./earlyDataset";
import { validateDataset } from "./parse";
import { buildSearchIndex, search, type SearchIndex } from "./searchIndex";
import type { FromWorker, ToWorker } from "./workerProtocol";
import type { Dataset, TimelineEvent } from "./schema";
import type { ImportNotice } from "./importNotices";

/** Events per message: the page reads each in a few milliseconds. */
const SLICE = 2000;
/** Events per message of drawing columns: the page builds and indexes them in one short task. */
const COLUMNS = 5000;

let searchIndex: SearchIndex | null = null;
/** The parsed version, as a new one is compared with it. */
let shown: Fingerprints | null = null;
const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === "search") {
    const { positions, counts } = search(searchIndex ?? { texts: [], categories: [] }, data.filter);
    post({ type: "found", id: data.id, positions, counts }, [positions.buffer]);
    return;
  }
  if (data.type === "compare") {
    post({ type: "compared", diff: await compareWithShown(data.bytes, data.label), bytes: data.bytes }, [data.bytes]);
    return;
  }
  try {
    const bytes = new Uint8Array(data.bytes);
    const digest = bytesDigest(bytes);
    const file = detectFormat(decodeDataset(bytes, data.label), data.label);
    // The first screen waits only for what drawing needs; the full check follows the events.
    let early = file.format === "native" ? earlyDataset(file.json) : null;
    const checkAfter = early !== null;
    if (early) await sendDataset(early, [], await digest, false);
    else {
      const { dataset, notices } = await readFile(file, data.label);
      await sendDataset(dataset, notices, await digest, true);
    }
    // Its events let go before the full check makes its own: a large file's worker holds one copy at a time.
    early = null;
    if (checkAfter && "json" in file) {
      // A search asked meanwhile (`?q=`) is answered first.
      await new Promise((resolve) => setTimeout(resolve));
      validateDataset(file.json, data.label);
      post({ type: "checked" });
    }
  } catch (error) {
    const known = error instanceof DatasetError;
    post({
      type: "error",
      message: known ? error.message : unreadable(data.label, (error as Error).message),
      details: known ? error.details : [],
    });
  }
};

/** The dataset to the page, sorted, in slices (or as drawing columns, its records after); then its
 * search index and fingerprints kept. */
async function sendDataset(dataset: Dataset, notices: ImportNotice[], digest: string | null, checked: boolean) {
  // Sorted only: the page builds its own look-ups from what it is sent.
  const events = sortedByDate(dataset.events);
  post({ type: "head", dataset: { ...dataset, events: [] }, total: events.length, digest, notices });
  // A log the columns draw (checked early, so before its full check) gets its first screen from
  // them. Its search index comes next, and a search asked meanwhile (`?q=`) is answered before the
  // records follow, a slice a message.
  if (!checked && drawnByColumns({ ...dataset, events })) {
    const dates: SentDates = new Map();
    for (let i = 0; i < events.length; i += COLUMNS) {
      const columns = writeColumns(events.slice(i, i + COLUMNS), dataset.categories, dates);
      post({ type: "columns", columns }, columnBuffers(columns));
    }
    post({ type: "done", checked, records: true });
    keep(dataset, events);
    await new Promise((resolve) => setTimeout(resolve));
    for (let i = 0; i < events.length; i += SLICE) post({ type: "records", from: i, json: writeRecords(events.slice(i, i + SLICE)) });
    post({ type: "recorded" });
    return;
  }
  for (let i = 0; i < events.length; i += SLICE) post({ type: "events", json: writeSlice(events.slice(i, i + SLICE)) });
  post({ type: "done", checked });
  keep(dataset, events);
}

/** The search index and fingerprints of the sent dataset; searches wait in the queue until the
 * index is built, and the events themselves are let go. */
function keep(dataset: Dataset, events: TimelineEvent[]) {
  searchIndex = buildSearchIndex(events, new Map(dataset.sources.map((s) => [s.id, s])));
  shown = fingerprintsOf({ ...dataset, events });
}

/** What a new version of the file changed since the parsed one; null where it does not read. */
async function compareWithShown(buffer: ArrayBuffer, label: string): Promise<DatasetDiff | null> {
  if (!shown) return null;
  try {
    const { dataset } = await readDataset(decodeDataset(new Uint8Array(buffer), label), label);
    return diffFingerprints(shown, fingerprintsOf({ ...dataset, events: sortedByDate(dataset.events) }));
  } catch {
    return null;
  }
}
