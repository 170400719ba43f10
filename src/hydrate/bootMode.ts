import { resolveDatasetUrl, type DatasetLocation } from "../dataset/datasetUrl";
import { parseUrlState, siteRootHref, type UrlState } from "../url/readAddress";

/** How the page starts, one of four ways (src/main.tsx starts each):
 * - `waiting`: prerendered, and on a touch screen: the page is the page until the reader reaches
 *   for it (its links open events' pages, its sources unfold, it prints); the app comes at the
 *   first touch, key or focus (framed: at the host's first message), which it then answers.
 * - `hydrating`: prerendered: the app hydrates it once its first paint is on screen.
 * - `painting`: a `?data=` file's plain opening view on a touch screen, drawn without the app
 *   (firstPaint.ts), which then waits for the reader as over a prerendered page.
 * - `app`: the app at once.
 * Each carries the dataset's address, read here once. */
export type BootMode =
  | { kind: "waiting"; dataset: DatasetLocation; asked: UrlState }
  | { kind: "hydrating"; dataset: DatasetLocation; asked: UrlState }
  | { kind: "painting"; dataset: DatasetLocation & { ok: true }; asked: UrlState }
  | { kind: "app"; dataset: DatasetLocation; asked: UrlState };

export interface PageFacts {
  href: string;
  /** Whether the page holds the prerendered opening view (the gate in the head has not hidden it). */
  prerendered: boolean;
  touchScreen: boolean;
}

/** The way this page starts: a pure function of the address, the page and the screen. */
export function bootMode({ href, prerendered, touchScreen }: PageFacts): BootMode {
  const asked = parseUrlState(href);
  const dataset = resolveDatasetUrl(asked.dataParam, siteRootHref(href));
  if (prerendered) {
    // Not where the hash asks for an event or a period the page does not show: the app brings it now.
    const shown = parseUrlState(href.split("#")[0]!);
    const showsWhatIsAsked = asked.eventId === shown.eventId && asked.periodId === shown.periodId;
    return { kind: touchScreen && showsWhatIsAsked ? "waiting" : "hydrating", dataset, asked };
  }
  const plainOpening =
    asked.dataParam !== null &&
    !asked.embed &&
    asked.eventId === null &&
    asked.periodId === null &&
    asked.query === "" &&
    asked.categories === null;
  // A refused address is left for the app to explain.
  if (touchScreen && plainOpening && dataset.ok) return { kind: "painting", dataset, asked };
  return { kind: "app", dataset, asked };
}
