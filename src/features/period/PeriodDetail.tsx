import type { DatasetIndex } from "../dataset/datasetIndex";
import type { Period } from "../dataset/schema";
import { formatPartialDate } from "../../lib/dates";
import { CitedSources } from "../sources/CitedSources";

/** "August 2021 – 19 May 2024", or an open end the sources do not date. */
export function formatPeriodDates(period: Period): string {
  return `${formatPartialDate(period.start)} – ${period.end ? formatPartialDate(period.end) : "end not stated"}`;
}

/** A selected period: its span, what it was, and the sources that date it. */
export function PeriodDetail({ index, period, collapsibleSources }: { index: DatasetIndex; period: Period; collapsibleSources: boolean }) {
  const category = period.category ? index.categoryById.get(period.category) : undefined;
  return (
    <article className="event-detail period-detail" data-testid="period-detail" data-period-id={period.id} aria-labelledby="period-detail-title">
      <header className="event-header">
        <p className="event-date">
          <time dateTime={period.end ? `${period.start.text}/${period.end.text}` : period.start.text}>{formatPeriodDates(period)}</time>
          <span className="event-category">Period{category ? ` · ${category.label}` : ""}</span>
        </p>
        <h2 id="period-detail-title" tabIndex={-1}>
          {period.label}
        </h2>
      </header>
      {period.summary && <p className="event-summary">{period.summary}</p>}
      <CitedSources index={index} citations={period.sources} eventId={null} collapsible={collapsibleSources} />
    </article>
  );
}
