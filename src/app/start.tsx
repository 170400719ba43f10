import { QueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { datasetQueryKey, datasetQueryOptions } from "../dataset/datasetQuery";
import type { DatasetLoads } from "../dataset/datasetLoads";
import type { DatasetLocation } from "../dataset/datasetUrl";
import type { PanStore } from "../features/timeline/panGesture";
import { loadsOnGesture, loadTimelineView } from "../features/timeline/TimelinePanel";
import { canonicalizeLocation, followPageLinks } from "../url/navigation";
import type { PaintedDataset } from "../hydrate/firstPaint";
import { AppRoot } from "./AppRoot";
import type { DatasetIndex } from "../dataset/datasetIndex";
import { changedSinceDrawn, drawnVersion, showNewerVersion } from "../hydrate/staleSnapshot";
import { loadLanguage, makeI18n, resolveLanguage, type Language } from "../lib/i18n/i18n";
import { parseUrlState } from "../url/readAddress";

export interface StartOptions {
  location: DatasetLocation;
  onHydrated?: () => void;
  painted?: PaintedDataset;
  /** Whether the reader panned the first paint's timeline before the app started. */
  pannedBeforeStart: PanStore;
  /** The datasets this page start began loading (its early fetch, its progress). */
  loads: DatasetLoads;
}

/** Starts the app in `root`, for the dataset at `location` (read once, by the page's entry). Over a prerendered page (`onHydrated` given), it first waits for the
 * dataset, then hydrates the page: the same nodes, now live, focus and all; then calls `onHydrated`.
 * Over a first paint drawn without it (`painted`), it takes that dataset, and replaces the paint
 * in one commit. */
export function start(root: HTMLElement, options: StartOptions) {
  // Read before canonicalizing: the address the prerendered view was rendered for.
  const serverHref = window.location.href.split("#")[0]!;
  // The reader's language, as App reads it: its messages come before anything is drawn in it.
  const lang = resolveLanguage(parseUrlState(window.location.href).lang, navigator.languages ?? [navigator.language]);
  const language = loadLanguage(lang);
  canonicalizeLocation();
  // A pasted `#event-<id>` changes only the hash: rewrite it then too.
  window.addEventListener("hashchange", canonicalizeLocation);
  followPageLinks();
  void language.then(() => draw(root, options, serverHref, lang));
}

function draw(
  root: HTMLElement,
  { location, onHydrated, painted, pannedBeforeStart, loads }: StartOptions,
  serverHref: string,
  lang: Language,
) {
  const queryClient = new QueryClient();
  if (painted) queryClient.setQueryData(datasetQueryKey(painted.url), painted.index);
  if (painted || !onHydrated || !location.ok) {
    // A first paint drawn without React is replaced, not hydrated; what the reader did on it meanwhile
    // (a tap on Menu) is handed on once the app has drawn its own.
    createRoot(root).render(
      <>
        <AppRoot queryClient={queryClient} serverHref={serverHref} pannedBeforeStart={pannedBeforeStart} loads={loads} />
        {onHydrated && <AfterCommit run={onHydrated} />}
      </>,
    );
    return;
  }
  // The prerendered events are on screen already: vis-timeline can come now (on a touch screen,
  // once the reader pans or zooms).
  if (!loadsOnGesture()) void loadTimelineView();
  // The file's digest is taken only where the page carries the one it was drawn from.
  const drawn = drawnVersion(root);
  const dataset = datasetQueryOptions(location.url, location.label, loads, { digest: drawn.digest !== null });
  void queryClient.prefetchQuery(dataset).then(() => {
    const loaded = queryClient.getQueryData<DatasetIndex>(dataset.queryKey);
    const changed = loaded ? changedSinceDrawn(drawn, loaded) : null;
    if (changed) {
      // The page was drawn from another version: it stays as drawn (held clicks answered as without
      // script) and says so, until the reader asks for the new one, drawn afresh.
      onHydrated();
      showNewerVersion(root, changed, makeI18n(lang), () => {
        root.replaceChildren();
        createRoot(root).render(<AppRoot queryClient={queryClient} serverHref={serverHref} loads={loads} />);
      });
    } else if (queryClient.getQueryState(dataset.queryKey)?.status === "success") {
      hydrateRoot(
        root,
        <>
          <AppRoot queryClient={queryClient} serverHref={serverHref} pannedBeforeStart={pannedBeforeStart} loads={loads} />
          <AfterCommit run={onHydrated} />
        </>,
      );
    } else {
      // The dataset failed after all: the prerendered view is wrong, so render afresh (the error).
      onHydrated();
      root.replaceChildren();
      createRoot(root).render(
        <AppRoot queryClient={queryClient} serverHref={serverHref} pannedBeforeStart={pannedBeforeStart} loads={loads} />,
      );
    }
  });
}

/** Runs `run` once the hydrated page has also caught up with the real address (its selection). */
function AfterCommit({ run }: { run: () => void }) {
  useEffect(() => void setTimeout(run), [run]);
  return null;
}
