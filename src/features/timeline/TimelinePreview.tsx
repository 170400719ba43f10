import { useLayoutEffect, useRef, useState } from "react";
import "virtual:item-box.css";
import "./TimelinePreview.css";
import { formatAxisTick, formatDateRange } from "../../lib/dates";
import { DATA_LANG, useI18n } from "../../lib/i18n/I18nContext";
import { isPlainClick } from "../../lib/plainClick";
import { useIsHydrating } from "../../lib/useIsHydrating";
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { TimelineEvent } from "../dataset/schema";
import { useSelectionLink } from "../url/useUrlState";
import { categoryClasses } from "../../lib/categoryClasses";
import { axisTicks } from "./axisTicks";
import { ITEM_BOX } from "./itemBox";
import { previewLayout } from "./previewLayout";
import { initialWindow } from "./timeWindows";

/** The width planned for before the page is laid out (and in the page prerendered at build time):
 * the timeline column of a 1280-pixel-wide window. */
const ASSUMED_WIDTH = 720;
const AXIS_HEIGHT = 40;

interface Props {
  index: DatasetIndex;
  events: readonly TimelineEvent[];
  selectedId: string | null;
  /** What was selected when the page opened: the window is planned around it. */
  opening: { selectedId: string | null; periodId: string | null };
  onSelect: (id: string) => void;
}

/** A static drawing of the timeline's opening view, shown until vis-timeline (the app's largest
 * download) has loaded and drawn: the events are on screen in the first frame, as links that
 * select them (links, so they work before the app has started). Positions are SVG attributes,
 * not inline styles, so the strict CSP allows them in the prerendered page too. */
export function TimelinePreview({ index, events, selectedId, opening: openedWith, onSelect }: Props) {
  const { lang, dir } = useI18n();
  const linkTo = useSelectionLink();
  const hydrating = useIsHydrating();
  const ref = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(ASSUMED_WIDTH);
  useLayoutEffect(() => setWidth(ref.current?.getBoundingClientRect().width || ASSUMED_WIDTH), []);

  const selected = selectedId ? index.eventById.get(selectedId) : undefined;
  const opening = initialWindow(index, events, openedWith, selected?.id ?? null, width);
  const items = previewLayout(events, opening, width, selected?.id ?? null);
  const classes = categoryClasses(index.dataset.categories);
  const lanes = Math.max(2, ...items.map((item) => item.lane + 1));
  const axisY = lanes * (ITEM_BOX.height + ITEM_BOX.gap) + ITEM_BOX.gap;
  const start = opening.start.getTime();
  const span = opening.end.getTime() - start;
  const percent = (time: number) => Math.min(100, Math.max(0, ((time - start) / span) * 100));
  // In Arabic and Persian, time runs right to left.
  const at = (x: number) => `${dir === "rtl" ? 100 - x : x}%`;

  return (
    <svg ref={ref} className="timeline-preview" width="100%" height={axisY + AXIS_HEIGHT} data-testid="timeline-preview">
      {index.dataset.periods.map((p) => {
        const from = percent(p.start.start.getTime());
        const to = p.end ? percent(p.end.end.getTime()) : 100;
        if (to <= from) return null;
        const category = (p.category && classes.get(p.category)) || "category-none";
        return (
          <g key={p.id} className={`timeline-preview-period ${category}`} data-period-id={p.id}>
            <rect x={at(dir === "rtl" ? to : from)} y={0} width={`${to - from}%`} height={axisY} />
            <text x={at(from)} y={16} dx={dir === "rtl" ? -6 : 6} lang={DATA_LANG}>
              {p.label}
            </text>
          </g>
        );
      })}
      <line className="timeline-preview-axis" x1="0" x2="100%" y1={axisY} y2={axisY} />
      {axisTicks(opening).map((tick) => (
        <g key={tick.date.getTime()} className="timeline-preview-tick">
          <line x1={at(tick.x)} x2={at(tick.x)} y1={0} y2={axisY + 6} />
          <text x={at(tick.x)} y={axisY + 24} dx={dir === "rtl" ? -4 : 4}>
            {formatAxisTick(tick.date, tick.precision, lang)}
          </text>
        </g>
      ))}
      {items.map(({ event, x, lane }) => {
        const top = axisY - (lane + 1) * (ITEM_BOX.height + ITEM_BOX.gap);
        const category = classes.get(event.category) ?? "category-0";
        return (
          <g key={event.id} className={category}>
            <line className="timeline-preview-stem" x1={at(x)} x2={at(x)} y1={top + ITEM_BOX.height} y2={axisY} />
            <foreignObject
              x={at(x)}
              y={top}
              width={ITEM_BOX.width}
              height={ITEM_BOX.height}
              transform={`translate(${-ITEM_BOX.width / 2} 0)`}
            >
              <a
                href={linkTo("event", event.id)}
                className={event.id === selected?.id ? "timeline-preview-item selected" : "timeline-preview-item"}
                data-event-id={event.id}
                onClick={(e) => {
                  // Before the app runs, the link opens the event (its page, or the hash); once it runs, it selects the same way as the timeline.
                  if (!isPlainClick(e)) return;
                  e.preventDefault();
                  onSelect(event.id);
                }}
                aria-current={event.id === selected?.id ? "true" : undefined}
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
