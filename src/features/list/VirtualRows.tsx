import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";
import { EventListRow, type ListProps } from "./EventListRow";

/** A row's height before it is measured: one line of date and title. */
const ROW_ESTIMATE_PX = 41;

/** The rows of a long list near the screen, each placed at its offset, as the page scrolls. */
export default function VirtualRows({ events, selectedId }: ListProps) {
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
        <EventListRow
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
