import { useMemo } from "react";
import "virtual:item-box.css";
import "./TimelinePreview.css";
import { formatAxisTick, formatDateRange } from "../../lib/dates";
import { DATA_LANG, useI18n } from "../../lib/i18n/I18nContext";
import { isPlainClick } from "../../lib/plainClick";
import { useIsHydrating } from "../../lib/useIsHydrating";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { TimelineEvent } from "../../dataset/schema";
import { useSelectionLink } from "../../url/useUrlState";
import { categoryClasses } from "../../lib/categoryClasses";
import { axisTicks } from "./axisTicks";
import { ITEM_BOX, LANE_PITCH, RANGE_BAR_PX, timelineHeight } from "./itemBox";
import { longestRange, type PlanFrame } from "./planView";
import { openingCapacity, planWholeView } from "./wholeView";
import { initialWindow } from "./timeWindows";

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
}

/** The first paint: the plan for the frame, or the plans for the frames it may have. */
export function TimelinePreview({ frames, ...props }: Props) {
  return (
    <div className="timeline-preview" data-testid="timeline-preview">
      {/* Keyed by place: once the frame is measured, the first plan's nodes are updated in place, not
          replaced under a reader's click. */}
      {frames.map((frame, i) => (
        <PlannedTimeline key={i} {...props} frame={frame} choice={frames.length > 1} primary={i === 0} />
      ))}
    </div>
  );
}

/** The timeline's opening view drawn before vis-timeline (the app's largest download) has loaded:
 * the same view plan (planView.ts) the live timeline draws, each box in its lane, ranges as ranges,
 * counts as counts, as links that select (links, so they work before the app has started).
 * Positions are SVG attributes, not inline styles, so the strict CSP allows them in the
 * prerendered page too. */
function PlannedTimeline({
  index,
  events,
  selectedId,
  opening: openedWith,
  frame,
  choice,
  onSelect,
  primary,
}: Omit<Props, "frames"> & { frame: PlanFrame; choice: boolean; primary: boolean }) {
  const { t, lang, dir } = useI18n();
  const linkTo = useSelectionLink();
  const hydrating = useIsHydrating();
  const longest = useMemo(() => longestRange(events), [events]);

  const selected = selectedId ? (index.eventById.get(selectedId) ?? null) : null;
  const first = initialWindow(index, events, openedWith, selected?.id ?? null, frame.widthPx, openingCapacity(frame));
  const { window, plan } = planWholeView(events, first, frame, selected, longest);
  const classes = categoryClasses(index.dataset.categories);
  const height = timelineHeight(plan.lanes);
  const axisY = height - ITEM_BOX.axis;
  const laneTop = (lane: number) => axisY - ITEM_BOX.labelStrip - ITEM_BOX.height - lane * LANE_PITCH;
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const percent = (time: number) => ((time - start) / span) * 100;
  const clamped = (time: number) => Math.min(100, Math.max(0, percent(time)));
  // In Arabic and Persian, time runs right to left.
  const at = (x: number) => `${dir === "rtl" ? 100 - x : x}%`;
  /** A span of time as an x and a width, whichever way time runs. */
  const across = (from: number, to: number) => ({ x: at(dir === "rtl" ? to : from), width: `${Math.max(0, to - from)}%` });

  return (
    <svg className="timeline-preview-plan" width="100%" height={height} data-plan-width={choice ? frame.widthPx : undefined}>
      {index.dataset.periods.map((p) => {
        const from = clamped(p.start.start.getTime());
        const to = p.end ? clamped(p.end.end.getTime()) : 100;
        if (to <= from) return null;
        const category = p.category && classes.get(p.category);
        const band = across(from, to);
        return (
          <g key={p.id} className={category ? `timeline-preview-period ${category}` : "timeline-preview-period"} data-period-id={p.id}>
            <rect {...band} y={0} height={axisY} />
            {/* Its label kept to its band, as the live timeline's is: a neighbour's never runs into it. */}
            <svg {...band} y={0} height={axisY}>
              <text x={dir === "rtl" ? "100%" : 0} y={axisY - 8} dx={dir === "rtl" ? -6 : 6} lang={DATA_LANG}>
                {p.label}
              </text>
            </svg>
          </g>
        );
      })}
      <line className="timeline-preview-axis" x1="0" x2="100%" y1={axisY} y2={axisY} />
      {axisTicks(window, frame.widthPx).map((tick) => (
        <g key={tick.date.getTime()} className="timeline-preview-tick">
          <line x1={at(tick.x)} x2={at(tick.x)} y1={0} y2={axisY + 6} />
          <text x={at(tick.x)} y={axisY + 24} dx={dir === "rtl" ? -4 : 4}>
            {formatAxisTick(tick.date, tick.precision, lang)}
          </text>
        </g>
      ))}
      {/* Connectors first: they run beneath every box. */}
      {plan.boxes.map(({ event, lane }) =>
        event.end ? null : (
          <line
            key={event.id}
            className={`timeline-preview-stem ${classes.get(event.category) ?? "category-0"}`}
            x1={at(percent(event.date.start.getTime()))}
            x2={at(percent(event.date.start.getTime()))}
            y1={laneTop(lane) + ITEM_BOX.height}
            y2={axisY}
          />
        ),
      )}
      {plan.crowds.map((crowd) => {
        const { x, width } = across(percent(crowd.start.getTime()), percent(crowd.end.getTime()));
        return (
          <g key={crowd.id} className="timeline-preview-crowd" data-crowd-id={crowd.id}>
            <rect
              x={x}
              width={width}
              y={laneTop(crowd.lane) + ITEM_BOX.height - ITEM_BOX.crowdHeight}
              height={ITEM_BOX.crowdHeight}
              rx={16}
            />
            {/* Its count on screen, where the crowd begins off it (the live timeline's does the same). */}
            <text x={at(clamped(crowd.start.getTime()))} y={laneTop(crowd.lane) + ITEM_BOX.height - 10} dx={dir === "rtl" ? -14 : 14}>
              {t("crowdLabel", { count: crowd.count })}
            </text>
          </g>
        );
      })}
      {plan.boxes.map(({ event, lane }) => {
        const x = percent(event.date.start.getTime());
        const category = classes.get(event.category) ?? "category-0";
        // A point's box is centred on its date; a range's label starts at its start.
        const shift = event.end ? (dir === "rtl" ? -ITEM_BOX.width : 0) : -ITEM_BOX.width / 2;
        const isSelected = event.id === selected?.id;
        return (
          <g key={event.id} className={category}>
            {event.end && (
              <rect
                className="timeline-preview-bar"
                {...across(x, Math.max(x, percent(event.end.end.getTime())))}
                y={laneTop(lane) + ITEM_BOX.height - RANGE_BAR_PX}
                height={RANGE_BAR_PX}
              />
            )}
            <foreignObject
              x={at(x)}
              y={laneTop(lane)}
              width={ITEM_BOX.width}
              height={event.end ? ITEM_BOX.height - RANGE_BAR_PX : ITEM_BOX.height}
              transform={`translate(${shift} 0)`}
            >
              <a
                href={linkTo("event", event.id)}
                className={isSelected ? "timeline-preview-item selected" : "timeline-preview-item"}
                // Of the plans the stylesheet chooses from, the first carries the DOM contract's ids
                // (the others, hidden but where they fit, would repeat them); once the frame is measured there is one.
                {...{ [primary ? "data-event-id" : "data-plan-event-id"]: event.id }}
                onClick={(e) => {
                  // Before the app runs, the link opens the event (its page, or the hash); once it runs, it selects the same way as the timeline.
                  if (!isPlainClick(e)) return;
                  e.preventDefault();
                  onSelect(event.id);
                }}
                aria-current={isSelected ? "true" : undefined}
                // Not a Tab stop of its own, as in the live timeline; the prerendered page's links
                // are taken out of the Tab order by its inline script (see snapshotGate.ts).
                tabIndex={hydrating ? undefined : -1}
              >
                <span className="timeline-item-title" lang={DATA_LANG} dir="auto">
                  {event.title}
                </span>
                <span className="timeline-item-date">{formatDateRange(event.date, event.end, lang)}</span>
              </a>
            </foreignObject>
          </g>
        );
      })}
    </svg>
  );
}
