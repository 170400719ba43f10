import { createHash } from "node:crypto";
import { DIGEST_META } from "../src/dataset/datasetDigest.ts";

/** The hex SHA-256 of the dataset file the site is built around: the bytes the site ships, as the
 * page computes it of the file it fetches (src/dataset/datasetDigest.ts). */
export const buildDigest = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** The tag a page's head carries to say which file it was drawn from, so that a page kept after its
 * dataset changed (even one with no `updated`) can tell it is older (src/hydrate/staleSnapshot.ts). */
export const digestTag = (digest: string): string => `<meta name="${DIGEST_META}" content="${digest}">`;
