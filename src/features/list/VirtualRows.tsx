import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
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
  // Opened on a selected event: its row, not the top of the list. One scroll, not the virtualizer's
  // scrollToIndex: that keeps correcting towards its row for frames after, and pulled a reader who
  // pressed End at once back to it.
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (opened.current || !scrollMargin) return;
    opened.current = true;
    const at = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
    const offset = at > 0 ? virtualizer.getOffsetForIndex(at, "center")?.[0] : undefined;
    if (offset !== undefined) window.scrollTo({ top: offset });
  }, [scrollMargin, selectedId, events, virtualizer]);
  // End goes to the list's last row: the page's own End stops where the list ended before the rows
  // near it were measured (taller than estimated, they push the last row down). Home needs no help:
  // the top of the page is where it was.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "End" || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if ((e.target as Element | null)?.closest?.("input, textarea, select, [contenteditable]")) return;
      requestAnimationFrame(() => virtualizer.scrollToIndex(events.length - 1, { align: "end" }));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [events.length, virtualizer]);
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
