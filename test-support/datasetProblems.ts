import { DatasetError } from "../src/dataset/datasetError";
import { parseDataset } from "../src/dataset/readDatasetNow";

/** The problems a dataset is refused with; throws if it is accepted or fails another way. */
export function problemsOf(data: unknown): string[] {
  try {
    parseDataset(JSON.stringify(data), "test.json");
  } catch (error) {
    if (error instanceof DatasetError) return error.details;
    throw error;
  }
  throw new Error("expected the dataset to be refused");
}
