import type { SharePage } from "./render/sharePages.ts";

/** Writes one file into the built site. */
export type Emit = (fileName: string, source: string | Uint8Array) => void;

/** What every output of the site is written from: the pages (the opening page first), the site's
 * address where `SITE_URL` gives it, and where to write. */
export interface SiteOutput {
  pages: readonly SharePage[];
  siteUrl: string | null;
  emit: Emit;
  warn: (message: string) => void;
}

/** A turn for the event loop: long loops of synchronous work let the cards' workers report in. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
