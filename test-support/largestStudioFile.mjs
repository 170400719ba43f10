// The largest file the studio opens, as the bench and the tests make it: 20,000 generated events,
// their summaries lengthened until the file is about 19.5 MB (the studio's limit is 20 MB).
import { generateDataset } from "./generateDataset.mjs";

export const LARGEST_EVENTS = 20_000;
const TARGET_BYTES = 19_500_000;

/** The file's text (the same every time). */
export function largestStudioFile() {
  const data = generateDataset(LARGEST_EVENTS, 1);
  const bytes = JSON.stringify(data).length;
  const extra = Math.max(0, Math.floor((TARGET_BYTES - bytes) / LARGEST_EVENTS));
  const filler = " It was reported at length by several outlets, each adding what its own correspondents saw.";
  for (const event of data.events) event.summary += filler.repeat(Math.ceil(extra / filler.length)).slice(0, extra);
  return JSON.stringify(data);
}
