import type { DatasetIndex } from "../../dataset/datasetIndex";
import { formatDateText } from "../../lib/dates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf, originalLangOf } from "../../dataset/localise";

import { SourcePanel } from "./SourcePanel";
import { sourceName } from "../../dataset/sourceCitation";
import "./sources.css";

/** Every source of the dataset, each opening onto its panel. */
export function SourceBrowser({ index }: { index: DatasetIndex }) {
  const { t, lang } = useI18n();
  const { sources } = index.dataset;
  return (
    <section className="source-browser" aria-labelledby="source-browser-heading" data-testid="source-browser">
      <h2 id="source-browser-heading">{t("allSources", { count: sources.length })}</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <details>
              <summary>
                <span className="source-browser-outlet" lang={source.outlet || source.citing ? originalLangOf(source) : undefined}>
                  {sourceName(source, t) ?? t("outletNotStated")}
                </span>
                <span className="source-browser-title" lang={source.title ? langOf(source, "title") : undefined} dir="auto">
                  {source.title ?? t("titleNotStated")}
                </span>
                <span className="source-browser-meta">
                  {formatDateText(source.published?.text ?? null, lang)} · {source.language ?? t("languageNotStated")} ·{" "}
                  {t("eventCount", { count: index.eventsBySource.get(source.id)?.length ?? 0 })}
                </span>
              </summary>
              <SourcePanel index={index} source={source} citedQuoteIds={[]} eventId={null} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
