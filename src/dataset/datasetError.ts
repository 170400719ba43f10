// Free of the schema: the page's entry (datasetFetch.ts) throws these before the app has loaded.

/** Everything that can be wrong with a dataset, said in words a reader can act on. */
export class DatasetError extends Error {
  constructor(
    /** One line: what went wrong and with which file. */
    message: string,
    /** Each problem on its own line, with its path in the data. */
    readonly details: string[] = [],
    /** Whether trying again could help (network and server errors). */
    readonly retryable = false,
  ) {
    super(message);
    this.name = "DatasetError";
  }
}

/** A file that could not be read at all, and why. */
export const unreadable = (label: string, reason: string) => `The dataset ${label} could not be read: ${reason.replace(/\.$/, "")}.`;
