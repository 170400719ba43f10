import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { Period } from "../../dataset/schema";
import { formatPeriodDates, machineDate } from "../../lib/dates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { Highlight } from "../../lib/Highlight";
import { langOf, shownText } from "../../dataset/localise";
import type { ReactNode } from "react";
import "../../lib/detail.css";

/** A selected period: its span, what it was, and the sources that date it (`sources`, composed in
 * by the app). */
export function PeriodDetail({ index, period, sources }: { index: DatasetIndex; period: Period; sources: ReactNode }) {
  const { t, lang } = useI18n();
  const category = period.category ? index.categoryById.get(period.category) : undefined;
  return (
    <article
      className="event-detail period-detail"
      data-testid="period-detail"
      data-period-id={period.id}
      aria-labelledby="period-detail-title"
    >
      <header className="event-header">
        <p className="event-date">
          <time dateTime={machineDate(period.start.text, period.end?.text)}>{formatPeriodDates(period, lang)}</time>
          <span className="event-category">
            {t("period")}
            {category && <span lang={langOf(category, "label")}> · {category.label}</span>}
          </span>
        </p>
        <h2 id="period-detail-title" tabIndex={-1}>
          <Highlight text={period.label} {...shownText(period, "label")} />
        </h2>
      </header>
      {period.summary && (
        <p className="event-summary">
          <Highlight text={period.summary} {...shownText(period, "summary")} />
        </p>
      )}
      {sources}
    </article>
  );
}
