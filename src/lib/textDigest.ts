import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** The text a field's digest is taken of: a string as it is, a list or paragraphs as their JSON. */
const digestText = (value: string | readonly unknown[]): string => (typeof value === "string" ? value : JSON.stringify(value));

/** Digests already taken, by the text they were taken of: a long draft's summary asks again for the
 * same originals at each change. Emptied when full, so it stays small. */
const known = new Map<string, string>();
const KNOWN_AT_MOST = 20_000;

/** A translation's `basis` for one field (the format's words): the first 16 hex digits of the
 * SHA-256 of the original field's text, UTF-8 for a string, the JSON of a list or paragraphs.
 * Synchronous (a small audited library, not Web Crypto's promise): it is taken inside the pure edit
 * that records a key typed, so the key and its basis are one undo step, and it works on a page
 * served without HTTPS, where browsers offer no `crypto.subtle`. */
export function textDigest(value: string | readonly unknown[]): string {
  const text = digestText(value);
  const seen = known.get(text);
  if (seen !== undefined) return seen;
  const digest = bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
  if (known.size >= KNOWN_AT_MOST) known.clear();
  known.set(text, digest);
  return digest;
}
