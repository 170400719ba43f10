import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";
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

/** Up to this many, every row is in the page (the browser's find-in-page sees them all); past
 * it, only the rows near the screen are (@tanstack/react-virtual), as the page scrolls. */
export const LIST_WHOLE_UP_TO = 500;
/** A row's height before it is measured: one line of date and title. */
const ROW_ESTIMATE_PX = 41;

/** Every event in date order as plain links: the same data as the timeline,
 * readable by anyone, with any input and any assistive technology. */
export function EventList({ events, selectedId }: Props) {
  const { t } = useI18n();
  return (
    <section className="event-list" aria-labelledby="event-list-heading" data-testid="event-list">
      <h2 id="event-list-heading">{t("listHeading", { count: events.length })}</h2>
      {events.length > LIST_WHOLE_UP_TO ? (
        <VirtualRows events={events} selectedId={selectedId} />
      ) : (
        <ol>
          {events.map((event) => (
            <Row key={event.id} event={event} selectedId={selectedId} />
          ))}
        </ol>
      )}
    </section>
  );
}

function VirtualRows({ events, selectedId }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => setScrollMargin(list.current!.getBoundingClientRect().top + window.scrollY), []);
  const virtualizer = useWindowVirtualizer({
    count: events.length,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 8,
    scrollMargin,
    getItemKey: (i) => events[i]!.id,
  });
  // Opened on a selected event: its row, not the top of the list.
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (opened.current || !scrollMargin) return;
    opened.current = true;
    const at = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
    if (at > 0) virtualizer.scrollToIndex(at, { align: "center" });
  }, [scrollMargin, selectedId, events, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  return (
    <ol ref={list} className="event-list-virtual" style={{ height: virtualizer.getTotalSize() }}>
      {rows.map((row) => (
        <Row
          key={row.key}
          event={events[row.index]!}
          selectedId={selectedId}
          position={{ index: row.index, of: events.length, top: row.start - scrollMargin }}
          measure={virtualizer.measureElement}
        />
      ))}
    </ol>
  );
}

interface RowProps {
  event: TimelineEvent;
  selectedId: string | null;
  /** In a virtual list: where the row sits, and its place among all the rows. */
  position?: { index: number; of: number; top: number };
  measure?: (element: HTMLElement | null) => void;
}

function Row({ event, selectedId, position, measure }: RowProps) {
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
        <time dateTime={event.date.text}>{formatDateRange(event.date, event.end, lang)}</time>
        <span className="event-list-title">
          <Highlight text={event.title} />
        </span>
      </a>
    </li>
  );
}
