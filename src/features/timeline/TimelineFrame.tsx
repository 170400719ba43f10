import type { ReactNode, Ref } from "react";
import { useI18n } from "../../lib/i18n/I18nContext";
import "./TimelineFrame.css";
import type { TimelineEvent } from "../../dataset/schema";
import { timelineKeyAction } from "./timelineKeys";

interface Props {
  title: string;
  events: readonly TimelineEvent[];
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
export function TimelineFrame({ title, events, selectedId, onSelect, onZoom, onShowAll, frameRef, children }: Props) {
  const { t, dir } = useI18n();

  function onKeyDown(e: React.KeyboardEvent) {
    const action = timelineKeyAction(e.key, events, selectedId, dir);
    if (!action) return;
    // Stepping on from an event replaces it in the history: Back leaves the walk, not each step.
    if ("select" in action) onSelect(action.select, { replace: selectedId !== null });
    else onZoom?.(action.zoom);
    e.preventDefault();
  }

  return (
    <section className="timeline-panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        {t("timelineHeading")}
      </h2>
      <div
        ref={frameRef}
        className="timeline"
        data-testid="timeline"
        tabIndex={0}
        role="group"
        aria-label={t("timelineLabel", { title })}
        aria-describedby="timeline-hint"
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
      {/* Below the timeline, so the timeline itself comes first on every screen. */}
      <div className="timeline-toolbar">
        <p className="timeline-hint" id="timeline-hint">
          {/* The one that fits the screen shows: touch words on a touch screen. */}
          <span className="hint-pointer">{t("timelineHint")}</span>
          <span className="hint-touch">{t("timelineHintTouch")}</span>
        </p>
        <div className="timeline-zoom" role="group" aria-label={t("zoom")}>
          <button type="button" onClick={() => onZoom?.("in")} aria-label={t("zoomIn")} disabled={!onZoom}>
            +
          </button>
          <button type="button" onClick={() => onZoom?.("out")} aria-label={t("zoomOut")} disabled={!onZoom}>
            −
          </button>
          <button type="button" onClick={onShowAll} disabled={!onShowAll}>
            {t("showAll")}
          </button>
        </div>
      </div>
    </section>
  );
}
