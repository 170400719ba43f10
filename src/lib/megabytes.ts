/** A file's size in megabytes (10^6 bytes), to one decimal: how loading progress and size limits
 * are told to readers. */
export const megabytes = (bytes: number): string => (bytes / 1_000_000).toFixed(1);
