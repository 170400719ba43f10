import type { DatasetIndex } from "../../dataset/datasetIndex";
import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf } from "../../dataset/localise";

import { useSelectionLink } from "../../url/useUrlState";
import { formatPeriodDates } from "../../lib/dates";
import "./PeriodLinks.css";

/** The periods as links: the keyboard's and screen reader's way to the bands on the timeline. */
export function PeriodLinks({ index, selectedPeriodId }: { index: DatasetIndex; selectedPeriodId: string | null }) {
  const { t, lang } = useI18n();
  const linkTo = useSelectionLink();
  const { periods } = index.dataset;
  if (!periods.length) return null;
  return (
    <nav className="period-links" aria-label={t("periods").replace(/[:：]$/, "")}>
      <span className="period-links-label">{t("periods")}</span>
      <ul>
        {periods.map((period) => (
          <li key={period.id}>
            <a href={linkTo("period", period.id)} aria-current={period.id === selectedPeriodId ? "true" : undefined}>
              <span lang={langOf(period, "label")} dir="auto">
                {period.label}
              </span>{" "}
              <span className="period-links-dates">({formatPeriodDates(period, lang)})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
