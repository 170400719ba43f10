import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { TimelineEvent } from "../../dataset/schema";
import { formatDateText } from "../../lib/dates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf, originalLangOf, shownText } from "../../dataset/localise";
import { QuoteText } from "./QuoteText";
import { Highlight } from "../../lib/Highlight";
import { sourceName } from "../../dataset/sourceCitation";
import "./sources.css";

/** The sources of one event side by side: who published, when, what they said, and which
 * quotes each chose, so a reader sees what each emphasised. */
export function CompareSources({ index, event }: { index: DatasetIndex; event: TimelineEvent }) {
  const { t, lang } = useI18n();
  return (
    <section id="compare-sources" className="compare" aria-labelledby="compare-heading" data-testid="compare-view">
      <h2 id="compare-heading" className="sources-heading">
        {t("compareHeading")}
      </h2>
      <div className="compare-columns">
        {event.sources.map(({ source: id, quotes: quoteIds }) => {
          const source = index.sourceById.get(id)!;
          const chosen = source.quotes.filter((q) => quoteIds.includes(q.id));
          const name = sourceName(source, t);
          return (
            <article key={id} className="compare-column" data-compare-source-id={id} aria-label={name ?? source.title ?? id}>
              <h3>
                {name ? <span lang={originalLangOf(source)}>{name}</span> : <span className="not-stated">{t("outletNotStated")}</span>}
              </h3>
              <p className="compare-meta">
                {source.title ? (
                  <span lang={langOf(source, "title")} dir="auto">
                    {source.title}
                  </span>
                ) : (
                  t("titleNotStated")
                )}{" "}
                · {formatDateText(source.published?.text ?? null, lang)}
              </p>
              <p>
                <Highlight text={source.summary} {...shownText(source, "summary")} />
              </p>
              {chosen.length ? (
                <ul className="compare-quotes">
                  {chosen.map((q) => (
                    <li key={q.id}>
                      <QuoteText quote={q} />{" "}
                      <span className="compare-speaker">
                        — <Highlight text={q.speaker} lang={originalLangOf(q)} />
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="not-stated">{t("noQuotation")}</p>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}
