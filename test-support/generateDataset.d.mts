import type { RawDataset } from "./rawDataset";

/** A valid synthetic dataset of `count` events in the timeline format, the same for the same seed. */
export function generateDataset(count: number, seed?: number): RawDataset;
