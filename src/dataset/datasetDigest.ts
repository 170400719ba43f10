// A dataset file's version, told by its bytes: the build writes the digest of the file a prerendered
// page was drawn from into the page, and the page compares it with the digest of the file it
// fetched. `updated` cannot tell versions apart where a dataset has none (or a change did not move
// it), and a host's ETag is not known when the page is built (it is the host's, from its own copy).

/** The hex SHA-256 of a file's bytes, by the browser's own Web Crypto (no code shipped for it); null
 * where the page has none (a page served over plain http from another machine is not a secure
 * context): the page then tells versions by `updated` alone. */
export async function bytesDigest(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const hash = new Uint8Array(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
    return Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("");
  } catch {
    return null;
  }
}

/** The `<meta name>` under which a prerendered page carries the digest of the file it was drawn from. */
export const DIGEST_META = "dataset-digest";
