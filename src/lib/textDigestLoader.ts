// The digest that tells an outdated translation (textDigest.ts, SHA-256) is code of its own: a page
// loads it only for a dataset whose translations carry a `basis`, before that dataset is drawn, and
// then reads it synchronously, as drawing needs.

/** A field's digest, as textDigest.ts takes it. */
export type TextDigest = (value: string | readonly unknown[]) => string;

let loaded: TextDigest | undefined;
let loading: Promise<TextDigest> | undefined;

/** Loads the digest's code, once. */
export function loadTextDigest(): Promise<TextDigest> {
  return (loading ??= import("./textDigest.ts").then((module) => (loaded = module.textDigest)));
}

/** The digest, where its code has loaded (see loadTextDigest); else undefined. */
export const textDigestIfLoaded = (): TextDigest | undefined => loaded;

/** Hands the digest over where it is at hand already (the build, which draws every page). */
export function provideTextDigest(digest: TextDigest): void {
  loaded = digest;
}
