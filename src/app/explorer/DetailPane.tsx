import { useEffect, useRef, type RefObject } from "react";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { Period, TimelineEvent } from "../../dataset/schema";
import { EventDetail } from "../../features/event/EventDetail";
import { PeriodDetail } from "../../features/period/PeriodDetail";
import { CitedSources } from "../../features/sources/CitedSources";
import { CompareSources } from "../../features/sources/CompareSources";
import { focusAsInput } from "../../lib/inputModality";
import { useIsHydrating } from "../../lib/useIsHydrating";
import { Intro } from "./Intro";
import { toReact } from "../../lib/markupReact";
import { detailPaneMarkup } from "./explorerMarkup";

interface Props {
  index: DatasetIndex;
  selected: TimelineEvent | undefined;
  period: Period | undefined;
  /** In the compact embed, the reader can fold the sources away. */
  embed: boolean;
  paneRef: RefObject<HTMLDivElement | null>;
}

/** The pane beside the timeline: the selected event or period with its sources, or the intro. */
export function DetailPane({ index, selected, period, embed, paneRef }: Props) {
  useKeepFocus(paneRef, selected?.id ?? period?.id ?? null);
  const content = selected ? (
    <EventDetail
      key={selected.id}
      index={index}
      event={selected}
      sources={<CitedSources index={index} citations={selected.sources} eventId={selected.id} collapsible={embed} />}
      comparison={<CompareSources index={index} event={selected} />}
    />
  ) : period ? (
    <PeriodDetail
      key={period.id}
      index={index}
      period={period}
      sources={<CitedSources index={index} citations={period.sources} eventId={null} collapsible={embed} />}
    />
  ) : (
    <Intro index={index} />
  );
  return toReact(detailPaneMarkup(), undefined, (name) => (name === "pane" ? { ref: paneRef, children: content } : undefined));
}

/** When a selection removes the focused element (a link in the old event's source
 * panel), focus would fall to the page: put it on the new event's heading instead.
 * Not on the first render, nor on the one after hydrating a prerendered page, which only
 * catches up with the address: nobody had selected anything. */
function useKeepFocus(paneRef: RefObject<HTMLDivElement | null>, selectedId: string | null) {
  const settled = useRef(false);
  const hydrating = useIsHydrating();
  useEffect(() => {
    if (!settled.current) {
      settled.current = !hydrating;
      return;
    }
    // Only where the reader is: a frame whose host (the studio's form, an embedding page) has the
    // focus, and whose selection the host moved, leaves it there.
    const active = document.activeElement;
    if (!document.hasFocus() || (active && active !== document.body)) return;
    const heading = paneRef.current?.querySelector<HTMLElement>("h2[tabindex='-1']") ?? paneRef.current;
    if (heading) focusAsInput(heading);
  }, [paneRef, selectedId, hydrating]);
}
