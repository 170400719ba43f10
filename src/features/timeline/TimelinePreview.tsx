import { useLayoutEffect, useMemo, useRef } from "react";
import "virtual:item-box.css";
import "./TimelinePreview.css";
import { useI18n } from "../../lib/i18n/I18nContext";
import { toReact } from "../../lib/markupReact";
import { isPlainClick } from "../../lib/plainClick";
import { useIsHydrating } from "../../lib/useIsHydrating";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { TimelineEvent } from "../../dataset/schema";
import { useSelectionLink } from "../../url/useUrlState";
import { longestRange, type PlanFrame } from "./planView";
import { previewCrowd, previewLinkEvent, previewMarkup, restorePlanIds } from "./previewMarkup";

interface Props {
  index: DatasetIndex;
  events: readonly TimelineEvent[];
  selectedId: string | null;
  /** What was selected when the page opened: the window is planned around it. */
  opening: { selectedId: string | null; periodId: string | null };
  /** The frame the live timeline will have, where it is known: the same plan is drawn for it.
   * Before the page is laid out, one plan per width the stylesheet chooses from. */
  frames: readonly PlanFrame[];
  onSelect: (id: string) => void;
  /** A crowd tapped: its events, listed (the live timeline zooms where it can, or lists them too). */
  onOpenCrowd: (events: TimelineEvent[]) => void;
}

/** The first paint (previewMarkup.ts): the plan for the frame, or the plans for the frames it may have. */
export function TimelinePreview({ frames, onSelect, onOpenCrowd, ...props }: Props) {
  const i18n = useI18n();
  const linkTo = useSelectionLink();
  const hydrating = useIsHydrating();
  const longest = useMemo(() => longestRange(props.events), [props.events]);
  const element = useRef<HTMLDivElement>(null);
  // Hydrated, its DOM is the one rendered, ids and all: the plans it measures and keeps update in place.
  useLayoutEffect(() => restorePlanIds(element.current!), []);
  return (
    <div
      ref={element}
      className="timeline-preview"
      data-testid="timeline-preview"
      onClick={(e) => {
        // Before the app runs, a link opens the event (its page, or the hash); once it runs, it selects the same way as the timeline.
        const crowd = previewCrowd(e.target);
        if (crowd) return onOpenCrowd(props.events.slice(crowd[0], crowd[1] + 1));
        const id = previewLinkEvent(e.target);
        if (id === null || !isPlainClick(e)) return;
        e.preventDefault();
        onSelect(id);
      }}
    >
      {/* Keyed by place: once the frame is measured, the first plan's nodes are updated in place, not
          replaced under a reader's click. */}
      {frames.map((frame, i) =>
        toReact(
          previewMarkup({
            ...props,
            frame,
            longest,
            choice: frames.length > 1,
            i18n,
            linkTo,
            linksInTabOrder: hydrating,
          }),
          i,
        ),
      )}
    </div>
  );
}
