import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { Source } from "../../dataset/schema";
import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf, originalLangOf } from "../../dataset/localise";
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
              <summary lang={citationLang(index.sourceById.get(citation.source)!)} dir="auto">
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

/** The language of a source's line: its title's where it has one (translated or not), else its
 * outlet's, the dataset's original. */
const citationLang = (source: Source): string => (source.title ? langOf(source, "title") : originalLangOf(source));
