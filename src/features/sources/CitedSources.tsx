import type { DatasetIndex } from "../../dataset/datasetIndex";
import { DATA_LANG, useI18n } from "../../lib/i18n/I18nContext";
import { sourceCitation } from "../../dataset/sourceCitation";
import { SourcePanel } from "./SourcePanel";
import "./sources.css";

interface Props {
  index: DatasetIndex;
  citations: readonly { source: string; quotes: string[] }[];
  /** The event shown, marked in each source's list of events; null for a period. */
  eventId: string | null;
  /** In the compact embed, the reader can fold the sources away. */
  collapsible: boolean;
}

/** One panel per source cited by an event or a period, under a heading that counts them. */
export function CitedSources({ index, citations, eventId, collapsible }: Props) {
  const { t, lang } = useI18n();
  const heading = t("sourcesReporting", { count: citations.length });
  const panel = (citation: Props["citations"][number]) => (
    <SourcePanel
      key={citation.source}
      index={index}
      source={index.sourceById.get(citation.source)!}
      citedQuoteIds={citation.quotes}
      eventId={eventId}
    />
  );
  const panels = <div className="source-list">{citations.map(panel)}</div>;
  // Folded, in the compact embed: one line a source, each opening to its panel.
  return collapsible ? (
    <section className="event-sources" aria-labelledby="event-sources-title">
      <h2 id="event-sources-title" className="sources-heading">
        {heading}
      </h2>
      <ul className="source-folds">
        {citations.map((citation) => (
          <li key={citation.source}>
            <details className="source-fold">
              <summary lang={DATA_LANG} dir="auto">
                {sourceCitation(index.sourceById.get(citation.source)!, t, lang)}
              </summary>
              {panel(citation)}
            </details>
          </li>
        ))}
      </ul>
    </section>
  ) : (
    <section className="event-sources" aria-labelledby="event-sources-title">
      <h2 id="event-sources-title" className="sources-heading">
        {heading}
      </h2>
      {panels}
    </section>
  );
}
