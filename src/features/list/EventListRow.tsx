import type { TimelineEvent } from "../../dataset/schema";
import { Highlight } from "../../lib/Highlight";
import { shownText } from "../../dataset/localise";
import { formatDateRange, machineDate } from "../../lib/dates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { useSelectionLink } from "../../url/useUrlState";

/** One event in the list: its date and title, a link that selects it. */
/** What a list of events is given: by the short list, and by the long one's rows. */
export interface ListProps {
  /** The events to list, in date order: all, or those a search or filter leaves. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
}

interface RowProps {
  event: TimelineEvent;
  selectedId: string | null;
  /** In a virtual list: where the row sits, and its place among all the rows. */
  position?: { index: number; of: number; top: number };
  measure?: (element: HTMLElement | null) => void;
}

export function EventListRow({ event, selectedId, position, measure }: RowProps) {
  const { lang } = useI18n();
  const linkTo = useSelectionLink();
  const selected = event.id === selectedId;
  return (
    <li
      className={selected ? "selected" : undefined}
      ref={measure}
      {...(position && {
        "data-index": position.index,
        "aria-posinset": position.index + 1,
        "aria-setsize": position.of,
        style: { transform: `translateY(${position.top}px)` },
      })}
    >
      <a href={linkTo("event", event.id)} aria-current={selected ? "true" : undefined} data-list-event-id={event.id}>
        <time dateTime={machineDate(event.date.text)}>{formatDateRange(event.date, event.end, lang)}</time>
        <span className="event-list-title">
          <Highlight text={event.title} {...shownText(event, "title")} />
        </span>
      </a>
    </li>
  );
}
