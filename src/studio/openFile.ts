import { decodeDataset, detectFormat } from "../dataset/readDataset";
import type { DraftDataset } from "./draftStore";

/** A file's dataset for the studio, in any of the three formats, by the explorer's own reader and
 * with its messages (not UTF-8, not a format it knows: a DatasetError). Rules of the format it
 * breaks do not stop it opening: the studio lists them, beside their fields. */
export async function readForStudio(bytes: Uint8Array, name: string): Promise<DraftDataset> {
  const file = detectFormat(decodeDataset(bytes, name), name);
  if (file.format === "native") return file.json as DraftDataset;
  const { convertTimelineJs } = await import("../dataset/timelineJs/convert");
  return convertTimelineJs(file, name).json as DraftDataset;
}
