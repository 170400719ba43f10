import type { DatasetIndex } from "../dataset/datasetIndex";
import { periodHash } from "../url/urlState";
import { formatPeriodDates } from "./PeriodDetail";

/** The periods as links: the keyboard's and screen reader's way to the bands on the timeline. */
export function PeriodLinks({ index, selectedPeriodId }: { index: DatasetIndex; selectedPeriodId: string | null }) {
  const { periods } = index.dataset;
  if (!periods.length) return null;
  return (
    <nav className="period-links" aria-label="Periods">
      <span className="period-links-label">Periods:</span>
      <ul>
        {periods.map((period) => (
          <li key={period.id}>
            <a href={periodHash(period.id)} aria-current={period.id === selectedPeriodId ? "true" : undefined}>
              {period.label} <span className="period-links-dates">({formatPeriodDates(period)})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
