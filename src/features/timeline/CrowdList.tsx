import { formatDateRange } from "../../lib/dates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf } from "../../dataset/localise";

import type { TimelineEvent } from "../../dataset/schema";
import { useSelectionLink } from "../../url/useUrlState";

interface Props {
  /** Events that share one moment, which no zoom draws apart. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onClose: () => void;
}

/** A crowd opened as a list: each of its events a link that selects it. */
export function CrowdList({ events, selectedId, onClose }: Props) {
  const { t, lang } = useI18n();
  const linkTo = useSelectionLink();
  const first = events[0];
  if (!first) return null;
  return (
    <section className="crowd-list" aria-labelledby="crowd-list-heading" data-testid="crowd-list">
      <h3 id="crowd-list-heading">{t("crowdList", { count: events.length, date: formatDateRange(first.date, first.end, lang) })}</h3>
      <button type="button" className="link-button" onClick={onClose}>
        {t("close")}
      </button>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <a
              href={linkTo("event", event.id)}
              aria-current={event.id === selectedId ? "true" : undefined}
              lang={langOf(event, "title")}
              dir="auto"
            >
              {event.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
