import type { ReactNode, Ref } from "react";
import { useI18n } from "../../lib/i18n/I18nContext";
import { toReact, type SlotProps } from "../../lib/markupReact";
import { timelineFrameMarkup } from "./timelineFrameMarkup";
import "./TimelineFrame.css";
import type { TimelineEvent } from "../../dataset/schema";
import { timelineKeyAction } from "./timelineKeys";

interface Props {
  title: string;
  events: readonly TimelineEvent[];
  /** Each event's place in the index's list (DatasetIndex.positionById): the keys find the
   * selection's place in `events` by it. */
  positionById: ReadonlyMap<string, number>;
  selectedId: string | null;
  onSelect: (id: string, how?: { replace: boolean }) => void;
  /** Absent until vis-timeline has loaded: the static preview can't zoom. */
  onZoom?: (direction: "in" | "out") => void;
  onShowAll?: () => void;
  /** The focusable frame, measured for the plan. */
  frameRef?: Ref<HTMLDivElement>;
  children?: ReactNode;
}

/** The timeline's panel: heading, hint, zoom buttons and the keyboard-driven container that
 * holds the first paint and vis-timeline. Both stages render this same frame. */
export function TimelineFrame({ title, events, positionById, selectedId, onSelect, onZoom, onShowAll, frameRef, children }: Props) {
  const { t, dir } = useI18n();

  function onKeyDown(e: React.KeyboardEvent) {
    const action = timelineKeyAction(e.key, events, selectedId, dir, positionById);
    if (!action) return;
    // Stepping on from an event replaces it in the history: Back leaves the walk, not each step.
    if ("select" in action) onSelect(action.select, { replace: selectedId !== null });
    else onZoom?.(action.zoom);
    e.preventDefault();
  }

  const bindings: Record<string, SlotProps> = {
    frame: { ref: frameRef, onKeyDown, children },
    "zoom-in": { onClick: () => onZoom?.("in") },
    "zoom-out": { onClick: () => onZoom?.("out") },
    "show-all": { onClick: onShowAll, disabled: !onShowAll },
  };
  return toReact(timelineFrameMarkup({ t }, title, onZoom !== undefined), undefined, (name) => bindings[name]);
}
