import { detectFormat, readDetected, type ReadDataset } from "./readDataset.ts";
import type { Dataset } from "./schema";
import { convertTimelineJs } from "./timelineJs/convert.ts";

/** The same reader, at once, with TimelineJS's converter at hand: for the build, the command line
 * and tests, where no chunk is worth sparing. */
export function readDatasetNow(text: string, name: string): ReadDataset {
  return readDetected(detectFormat(text, name), name, convertTimelineJs);
}

/** Just the dataset `readDatasetNow` reads. */
export const parseDataset = (text: string, name: string): Dataset => readDatasetNow(text, name).dataset;
