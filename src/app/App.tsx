import { useLayoutEffect, useMemo } from "react";
import { resolveDatasetUrl } from "../dataset/datasetUrl";
import { DatasetErrorView } from "../features/loading/DatasetErrorView";
import { useReportHeight } from "../features/embed/useEmbedBridge";
import { siteRootHref } from "../url/urlState";
import { useHref, useUrlState } from "../url/useUrlState";
import { I18nContext, useLanguage } from "../lib/i18n/I18nContext";
import { resolveLanguage } from "../lib/i18n/i18n";
import { ErrorBoundary } from "./ErrorBoundary";
import { Explorer } from "./explorer/Explorer";

/** The shell: reads the URL, sets the language, and hands the dataset's location to the explorer. */
export function App() {
  const href = useHref();
  const { dataParam, eventId, periodId, embed, query, categories, lang: langParam, changes, opening } = useUrlState();
  const location = useMemo(() => resolveDatasetUrl(dataParam, siteRootHref(href)), [dataParam, href]);
  // No navigator when prerendering at build time: English, like a browser that prefers none of ours.
  const lang = resolveLanguage(langParam, typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]));
  const i18n = useLanguage(lang);
  useReportHeight(embed);
  // Before the first frame is painted: the loading text is drawn in the reader's language and
  // direction at once, not left to right for a frame.
  useLayoutEffect(() => {
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.dir;
  }, [i18n]);

  return (
    <I18nContext.Provider value={i18n}>
      <div className={embed ? "app app-embed" : "app"}>
        {/* Inside the language provider, so a crash is reported in the reader's language. */}
        <ErrorBoundary>
          {location.ok ? (
            <Explorer
              url={location.url}
              label={location.label}
              offerDefault={dataParam !== null}
              view={{ selectedId: eventId, periodId, embed, query, categories, changes, opening }}
            />
          ) : (
            <DatasetErrorView error={new Error(location.message)} offerDefault />
          )}
        </ErrorBoundary>
      </div>
    </I18nContext.Provider>
  );
}
