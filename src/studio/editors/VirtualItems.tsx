import { defaultRangeExtractor, measureElement, useWindowVirtualizer, type Range, type Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { useStableKeys } from "../stableKeys";

type Kind = "sources" | "events" | "periods";

/** A list this short is drawn whole: every field on the page, for the browser's find and the keyboard. */
const DRAWN_WHOLE = 30;
/** Items drawn beyond the screen, each way, in a longer list. */
const OVERSCAN = 1;

/** The field of a `kind` list that a clicked link leads to (`#f-events-9000-date`, from the problems
 * or the preview), where it is not drawn: its item's index and the field's id. A field already drawn
 * is left to the link. */
function linkedField(e: MouseEvent, kind: Kind): { index: number; id: string } | null {
  const link = e.target instanceof Element ? e.target.closest("a[href^='#f-']") : null;
  const hash = link?.getAttribute("href") ?? "";
  const [, linkedKind, index] = /^#f-(sources|events|periods)-(\d+)-/.exec(hash) ?? [];
  if (linkedKind !== kind || document.getElementById(hash.slice(1))) return null;
  return { index: Number(index), id: hash.slice(1) };
}

/** An item's height as drawn; while the form is hidden (a phone's Preview tab), the height it had:
 * measured at 0 px, every item of a long list would be drawn at once, each measurement asking for
 * another render, past React's limit (the form failed on coming back to Edit with 2,000 events). */
function measureShown(element: Element, entry: ResizeObserverEntry | undefined, virtualizer: Virtualizer<Window, Element>): number {
  if (element.getClientRects().length > 0) return measureElement(element, entry, virtualizer);
  const index = Number(element.getAttribute("data-index"));
  return virtualizer.measurementsCache[index]?.size ?? virtualizer.options.estimateSize(index);
}

/** Scrolls to the field (or, if it has none of that name, its item) and focuses it. */
function focusField(id: string, itemId: string) {
  const target = document.getElementById(id) ?? document.getElementById(itemId);
  const focusable = target?.matches("input, textarea, select") ? target : target?.querySelector<HTMLElement>("input, textarea, select");
  target?.scrollIntoView({ block: "center" });
  focusable?.focus({ preventScroll: true });
}

/** A list of items (events, sources or periods) of which only those near the screen are drawn,
 * each placed where it would be: a long draft stays as light as a short one. The item being
 * edited, and one a link leads to, stay drawn wherever the page is scrolled. */
export function VirtualItems<T extends object>({
  kind,
  items,
  estimate,
  children,
}: {
  kind: Kind;
  items: readonly T[];
  /** An item's height before it is measured. */
  estimate: number;
  children: (item: T, index: number) => ReactNode;
}) {
  const keys = useStableKeys(items);
  const list = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Whatever above the list grows or shrinks (the problems, the sources) moves it down the page.
  useLayoutEffect(() => {
    // Not while the form is hidden: it has no place on the page then.
    const measure = () =>
      list.current!.getClientRects().length > 0 && setScrollMargin(list.current!.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list.current!.closest(".studio-form") ?? document.body);
    return () => observer.disconnect();
  }, []);
  const [kept, setKept] = useState<{ focused: string | null; revealed: string | null }>({ focused: null, revealed: null });
  /** The field a link led to, focused once its item is drawn. */
  const linked = useRef<string | null>(null);

  const keepDrawn = useCallback(
    (range: Range) => {
      const drawn = new Set(defaultRangeExtractor(range));
      for (const key of [kept.focused, kept.revealed]) {
        const at = key === null ? -1 : keys.indexOf(key);
        if (at >= 0) drawn.add(at);
      }
      return [...drawn].sort((a, b) => a - b);
    },
    [kept, keys],
  );
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimate,
    overscan: items.length <= DRAWN_WHOLE ? DRAWN_WHOLE : OVERSCAN,
    scrollMargin,
    getItemKey: (i) => keys[i]!,
    rangeExtractor: keepDrawn,
    measureElement: measureShown,
  });

  // A link to a field whose item is not drawn: the item is drawn, then the field scrolled to and
  // focused. Heard before React hears the click (capture, on the window), by each list for its own.
  useEffect(() => {
    const revealLinked = (e: MouseEvent) => {
      const field = linkedField(e, kind);
      if (!field) return;
      linked.current = field.id;
      setKept((k) => ({ ...k, revealed: keys[field.index] ?? null }));
    };
    window.addEventListener("click", revealLinked, true);
    return () => window.removeEventListener("click", revealLinked, true);
  }, [kind, keys]);

  useLayoutEffect(() => {
    const at = kept.revealed === null ? -1 : keys.indexOf(kept.revealed);
    if (!linked.current || at < 0) return;
    focusField(linked.current, `f-${kind}-${at}-`);
    linked.current = null;
  }, [kept, keys, kind]);

  return (
    <div ref={list} className="virtual-items" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <div
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className="virtual-item"
          style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
          onFocus={() => kept.focused !== row.key && setKept((k) => ({ ...k, focused: String(row.key) }))}
        >
          {children(items[row.index]!, row.index)}
        </div>
      ))}
    </div>
  );
}
