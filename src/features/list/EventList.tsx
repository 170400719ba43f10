import type { TimelineEvent } from "../dataset/schema";
import { Highlight } from "../search/Highlight";
import { formatDateRange } from "../../lib/dates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { useSelectionLink } from "../url/useUrlState";
import "./list.css";

interface Props {
  /** The events to list, in date order: all, or those a search or filter leaves. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
}

/** Every event in date order as plain links: the same data as the timeline,
 * readable by anyone, with any input and any assistive technology. */
export function EventList({ events, selectedId }: Props) {
  const { t, lang } = useI18n();
  const linkTo = useSelectionLink();
  return (
    <section className="event-list" aria-labelledby="event-list-heading" data-testid="event-list">
      <h2 id="event-list-heading">{t("listHeading", { count: events.length })}</h2>
      <ol>
        {events.map((event) => (
          <li key={event.id} className={event.id === selectedId ? "selected" : undefined}>
            <a href={linkTo("event", event.id)} aria-current={event.id === selectedId ? "true" : undefined} data-list-event-id={event.id}>
              <time dateTime={event.date.text}>{formatDateRange(event.date, event.end, lang)}</time>
              <span className="event-list-title">
                <Highlight text={event.title} />
              </span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
