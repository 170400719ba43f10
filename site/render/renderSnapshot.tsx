import { QueryClient } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { AppRoot } from "../../src/app/AppRoot";
import { buildIndex, type DatasetIndex } from "../../src/dataset/datasetIndex";
import { datasetQueryKey } from "../../src/dataset/datasetQuery";
import { DEFAULT_DATASET, resolveDatasetUrl } from "../../src/dataset/datasetUrl";
import { decodeDataset } from "../../src/dataset/readDataset";
import { readDatasetNow } from "../../src/dataset/readDatasetNow";
import { eventHash, periodHash } from "../../src/url/urlState";
// Pages are drawn in every interface language: all of them loaded at once.
import "../../src/lib/i18n/allLanguages";
import { textDigest } from "../../src/lib/textDigest";
import { provideTextDigest } from "../../src/lib/textDigestLoader";

// Every page of a dataset whose translations carry a basis tells an outdated one: the digest at hand.
provideTextDigest(textDigest);

export { sharePages } from "./sharePages";
export { changeLog, changeLogs } from "./changeLog";
export { carriesBasis } from "../../src/dataset/localise";
export { EMBED_HEIGHT, embedSnippet } from "../../src/features/embed/embedSnippet";

/** The dataset file the site is built around, read as the app reads it (UTF-8 strictly, then the
 * same reader and checks): its text, or the DatasetError the app would show, in the same words. */
export function readSiteDataset(bytes: Uint8Array, label: string): string {
  const text = decodeDataset(bytes, label);
  readDatasetNow(text, label);
  return text;
}

/** The app's opening view of the bundled dataset, as HTML, for the build to put in the page: the
 * events are on screen before any script has run (the timeline as its static preview), and the
 * app hydrates it when it starts. At an `address` (from the site's root), the view there: an
 * event's or a period's page (`event/<id>/`), or the embed (`?embed=1`). The build has checked the
 * dataset with `readSiteDataset` first. */
export function renderSnapshot(datasetJson: string, address = ""): string {
  const location = resolveDatasetUrl(null, "http://localhost/");
  if (!location.ok) throw new Error(location.message);
  const queryClient = new QueryClient();
  queryClient.setQueryData(datasetQueryKey(location.url), indexOf(datasetJson, location.label));
  return renderToString(<AppRoot queryClient={queryClient} serverHref={`http://localhost/${address}`} />);
}

/** The build renders one page per event of the same dataset: parse and index it once, not per page. */
let indexed: { json: string; index: DatasetIndex } | undefined;
function indexOf(json: string, label: string): DatasetIndex {
  if (indexed?.json !== json) {
    const { dataset, notices } = readDatasetNow(json, label);
    indexed = { json, index: buildIndex(dataset, { notices }) };
  }
  return indexed.index;
}

/** A dataset this small has its deep links (an event's or a period's hash) sent on to their pages
 * by the opening page's head, before anything is drawn: the page carries the list, so not beyond
 * this. (Past it, the app moves the address to the page.) */
export const MAX_PAGE_HASHES = 50;

/** The hashes of the deep links that have pages: every event and period, if there are few. */
export function pageHashes(datasetJson: string): string[] {
  const { dataset } = indexOf(datasetJson, DEFAULT_DATASET);
  const hashes = [...dataset.events.map((e) => eventHash(e.id)), ...dataset.periods.map((p) => periodHash(p.id))];
  return hashes.length <= MAX_PAGE_HASHES ? hashes : [];
}
