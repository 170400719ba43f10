import { parseDataset } from "../src/dataset/readDatasetNow";
import type { Dataset } from "../src/dataset/schema";

/** An event of a dated dataset: its date alone, or with more of its fields. */
export type DatedEvent = string | { date: string; [field: string]: unknown };

/** A dataset of one category and one source whose events (`e0`, `e1`, … titled `E0`, …) fall on
 * `dates`, read as the app reads it; `more` adds or replaces top-level fields (periods, languages). */
export function datedDataset(dates: readonly DatedEvent[], more: Record<string, unknown> = {}): Dataset {
  const events = dates.map((event, i) => ({
    id: `e${i}`,
    title: `E${i}`,
    summary: "S",
    category: "c",
    sources: [{ source: "s" }],
    ...(typeof event === "string" ? { date: event } : event),
  }));
  const raw = {
    version: 1,
    title: "T",
    categories: [{ id: "c", label: "C" }],
    sources: [{ id: "s", outlet: null, title: null, published: null, summary: "S" }],
    events,
    ...more,
  };
  return parseDataset(JSON.stringify(raw), "test.json");
}
