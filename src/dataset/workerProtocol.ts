import type { DatasetDiff } from "./datasetVersion";
import type { DrawColumns } from "./drawColumns";
import type { Dataset } from "./schema";
import type { ImportNotice } from "./importNotices";
import type { EventFilter, SearchResult } from "./searchIndex";

/** What the page asks of the dataset worker (datasetWorker.ts): to read a file, then to search it,
 * and to compare a new version of the file with it. */
export type ToWorker =
  | { type: "parse"; bytes: ArrayBuffer; label: string }
  | { type: "search"; id: number; filter: EventFilter }
  /** A new version of the file: compared with the one parsed, and its bytes handed back. */
  | { type: "compare"; bytes: ArrayBuffer; label: string };

/** What it answers: the dataset without its events (and the file's digest), the events in sorted slices, then done (or an
 * error); later, each search's result under the id it was asked with. A file sent after the early check alone
 * (earlyDataset.ts) is done with `checked: false`: the full check's verdict follows, `checked` or an error. */
export type FromWorker =
  | { type: "head"; dataset: Dataset; total: number; digest: string | null; notices: ImportNotice[] }
  | { type: "events"; json: string }
  /** A large plain log's events as drawing columns (drawColumns.ts), instead of `events` slices: the
   * page draws them once `done` comes, and their records follow (`records`, then `recorded`). */
  | { type: "columns"; columns: DrawColumns }
  | { type: "done"; checked: boolean; records?: boolean }
  | { type: "records"; from: number; json: string }
  | { type: "recorded" }
  | { type: "checked" }
  | { type: "error"; message: string; details: string[] }
  | ({ type: "found"; id: number } & SearchResult)
  /** What a new version changed (null: it does not read), with its bytes back. */
  | { type: "compared"; diff: DatasetDiff | null; bytes: ArrayBuffer };
