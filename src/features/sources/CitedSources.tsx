import type { DatasetIndex } from "../dataset/datasetIndex";
import { useI18n } from "../../lib/i18n/I18nContext";
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
  const { t } = useI18n();
  const heading = t("sourcesReporting", { count: citations.length });
  const panels = (
    <div className="source-list">
      {citations.map((citation) => (
        <SourcePanel
          key={citation.source}
          index={index}
          source={index.sourceById.get(citation.source)!}
          citedQuoteIds={citation.quotes}
          eventId={eventId}
        />
      ))}
    </div>
  );
  return collapsible ? (
    <details className="event-sources" open>
      <summary className="sources-heading">{heading}</summary>
      {panels}
    </details>
  ) : (
    <section className="event-sources" aria-labelledby="event-sources-title">
      <h2 id="event-sources-title" className="sources-heading">
        {heading}
      </h2>
      {panels}
    </section>
  );
}
