import type { RawDataset } from "./rawDataset";

/** A valid synthetic dataset of `count` events in the timeline format, the same for the same seed:
 * "spread" over 2000–2024 (the default), or "dense", 2020–2024 with many known only to the month or year. */
export function generateDataset(count: number, seed?: number, shape?: "spread" | "dense"): RawDataset;
