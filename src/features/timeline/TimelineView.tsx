import { useEffect, useMemo, useRef } from "react";
import { DataSet, DataView } from "vis-data/peer";
import { Timeline, type DataItem, type IdType, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import moment from "moment";
// The axis's month names in Arabic and Persian. Defining a locale also makes it moment's global
// default, so set that back: each timeline names its locale in its options.
import "moment/dist/locale/ar";
import "moment/dist/locale/fa";
import { useI18n } from "../../lib/i18n/I18nContext";
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { TimelineEvent } from "../dataset/schema";
import { buildItems, buildPeriodItems, focusWindow, fullWindow, PERIOD_ITEM_PREFIX, periodWindow } from "./timelineItems";
import "./timeline.css";

const DAY = 24 * 60 * 60 * 1000;
/** Above this many events, overlapping items are drawn as clusters ("12 events") that open on
 * zoom, and the timeline opens on its first events: drawing thousands of boxes at once costs
 * seconds of style and paint work per frame and shows nobody anything. */
const CLUSTER_ABOVE = 150;
moment.locale("en");
const FIRST_WINDOW_EVENTS = 30;

const OPTIONS: TimelineOptions = {
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  stack: true,
  orientation: { axis: "bottom", item: "bottom" },
  margin: { item: { horizontal: 6, vertical: 8 }, axis: 6 },
  zoomMin: 7 * DAY,
  zoomMax: 60 * 365 * DAY,
  minHeight: 220,
  maxHeight: 600,
  verticalScroll: true,
  dataAttributes: ["event-id", "period-id"],
  // Given `start` and `end`, vis-timeline stays hidden behind its loading screen until the
  // window first *changes*, which it may never do. Any `rollingMode` lets the first draw
  // show at once; `follow: false` keeps it from actually rolling with the clock.
  rollingMode: { follow: false },
};

interface Props {
  index: DatasetIndex;
  /** The events to show (all of them, or those a search or filter leaves), in date order. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  selectedPeriodId?: string | null;
  onSelectPeriod?: (id: string) => void;
  /** A shorter timeline, for the embed. */
  compact?: boolean;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

/** The one wrapper around vis-timeline: created on mount, fed through its API,
 * destroyed on unmount. Selection changes never rebuild the items. */
export default function TimelineView({
  index,
  events,
  selectedId,
  onSelect,
  selectedPeriodId = null,
  onSelectPeriod,
  compact = false,
}: Props) {
  const { t, lang, dir } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<DataItem> | null>(null);
  const viewRef = useRef<DataView<DataItem> | null>(null);
  const shownIds = useMemo(() => (events.length === index.events.length ? null : new Set(events.map((e) => e.id))), [events, index]);
  const shownRef = useRef(shownIds);
  shownRef.current = shownIds;
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const onSelectRef = useRef(onSelect);
  const onSelectPeriodRef = useRef(onSelectPeriod);
  onSelectPeriodRef.current = onSelectPeriod;
  const periodRef = useRef(selectedPeriodId);
  periodRef.current = selectedPeriodId;
  const selectedRef = useRef(selectedId);
  onSelectRef.current = onSelect;
  selectedRef.current = selectedId;

  // Create and destroy. StrictMode runs this twice; the cleanup makes that correct.
  useEffect(() => {
    const width = containerRef.current!.clientWidth;
    const large = index.events.length > CLUSTER_ABOVE;
    const whole = fullWindow(index.events, width);
    const shown = eventsRef.current.length ? eventsRef.current : index.events;
    const selected = selectedRef.current ? index.eventById.get(selectedRef.current) : undefined;
    const period = periodRef.current ? index.periodById.get(periodRef.current) : undefined;
    const initial = selected
      ? focusWindow(selected, whole)
      : period
        ? periodWindow(period, whole)
        : fullWindow(shown.length > CLUSTER_ABOVE ? shown.slice(0, FIRST_WINDOW_EVENTS) : shown, width);
    // vis-timeline's types say `content: string`; at run time it takes DOM nodes, which is the point.
    const items = new DataSet([
      ...buildItems(index, lang),
      ...buildPeriodItems(index, whole.end, periodRef.current),
    ] as unknown as DataItem[]);
    // Searching and filtering only refresh this view: the items themselves are built once.
    const view = new DataView(items, {
      filter: (item) => !shownRef.current || String(item.id).startsWith(PERIOD_ITEM_PREFIX) || shownRef.current.has(item.id as string),
    });
    const timeline = new Timeline(containerRef.current!, view, {
      ...OPTIONS,
      // In Arabic and Persian, time runs right to left, the way the page reads.
      rtl: dir === "rtl",
      locale: lang,
      ...(compact ? { maxHeight: 440, minHeight: 180 } : {}),
      ...(large
        ? {
            cluster: {
              maxItems: 2,
              titleTemplate: t("clusterTitle", { count: "{count}" }),
              showStipes: true,
              fitOnDoubleClick: true,
              // The selected event always stands alone, so it can be seen and focused.
              clusterCriteria: (a: { id: IdType }, b: { id: IdType }) => a.id !== selectedRef.current && b.id !== selectedRef.current,
            },
          }
        : {}),
      start: initial.start,
      end: initial.end,
      min: new Date(whole.start.getTime() - 365 * DAY),
      max: new Date(whole.end.getTime() + 365 * DAY),
    });
    timeline.on("select", ({ items }: { items: string[] }) => {
      const [id] = items;
      if (id !== undefined) onSelectRef.current(id);
      // A tap on empty space must not clear the selection: the URL still holds it.
      else timeline.setSelection(selectedRef.current ? [selectedRef.current] : []);
    });
    // Period bands are drawn behind the items, where vis-timeline selects nothing: take their clicks here.
    const container = containerRef.current!;
    const onBandClick = (e: MouseEvent) => {
      const band = (e.target as Element).closest?.("[data-period-id]");
      const id = band?.getAttribute("data-period-id");
      if (id) onSelectPeriodRef.current?.(id);
    };
    container.addEventListener("click", onBandClick);
    timelineRef.current = timeline;
    itemsRef.current = items;
    viewRef.current = view;
    return () => {
      container.removeEventListener("click", onBandClick);
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [index, compact, lang, dir, t]);

  // A new search or filter: show what it leaves, all of it.
  const firstFilter = useRef(true);
  useEffect(() => {
    viewRef.current?.refresh();
    if (firstFilter.current) {
      firstFilter.current = false;
      return;
    }
    if (eventsRef.current.length) showAll();
  }, [shownIds]);

  // Mark the selected period's band, and bring it into view.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || !index.dataset.periods.length) return;
    const whole = fullWindow(index.events, containerRef.current!.clientWidth);
    itemsRef.current?.update(buildPeriodItems(index, whole.end, selectedPeriodId) as unknown as DataItem[]);
    const period = selectedPeriodId ? index.periodById.get(selectedPeriodId) : undefined;
    if (period) {
      const target = periodWindow(period, whole);
      timeline.setWindow(target.start, target.end, { animation: !prefersReducedMotion() });
    }
  }, [selectedPeriodId, index]);

  // Sync the selection, and bring the selected event into view.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const event = selectedId ? index.eventById.get(selectedId) : undefined;
    if (index.events.length > CLUSTER_ABOVE) {
      // Touching the newly selected item makes vis-timeline work its clusters out again.
      if (event) itemsRef.current?.update({ id: event.id });
    }
    timeline.setSelection(event ? [event.id] : []);
    if (!event) return;
    const visible = timeline.getWindow();
    const start = event.date.start.getTime();
    if (start < visible.start.getTime() || start > visible.end.getTime()) {
      timeline.moveTo(event.date.start, { animation: !prefersReducedMotion() });
    }
  }, [selectedId, index]);

  function zoom(direction: "in" | "out") {
    const animation = !prefersReducedMotion();
    if (direction === "in") timelineRef.current?.zoomIn(0.5, { animation });
    else timelineRef.current?.zoomOut(0.5, { animation });
  }

  function showAll() {
    const whole = fullWindow(events.length ? events : index.events, containerRef.current!.clientWidth);
    timelineRef.current?.setWindow(whole.start, whole.end, { animation: !prefersReducedMotion() });
  }

  /** Arrow keys walk the events in date order; Home/End jump; +/- zoom. */
  function onKeyDown(e: React.KeyboardEvent) {
    if (!events.length) return;
    const current = selectedId ? events.findIndex((ev) => ev.id === selectedId) : -1;
    // Later is to the right in English, to the left in Arabic and Persian.
    const [later, earlier] = dir === "rtl" ? ["ArrowLeft", "ArrowRight"] : ["ArrowRight", "ArrowLeft"];
    const key = e.key === later ? "later" : e.key === earlier ? "earlier" : e.key;
    const go = (i: number) => onSelect(events[Math.min(Math.max(i, 0), events.length - 1)]!.id);
    switch (key) {
      case "later":
      case "ArrowDown":
        go(current + 1);
        break;
      case "earlier":
      case "ArrowUp":
        go(current === -1 ? events.length - 1 : current - 1);
        break;
      case "Home":
        go(0);
        break;
      case "End":
        go(events.length - 1);
        break;
      case "+":
      case "=":
        zoom("in");
        break;
      case "-":
      case "_":
        zoom("out");
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  return (
    <section className="timeline-panel" aria-labelledby="timeline-heading">
      <div className="timeline-toolbar">
        <h2 id="timeline-heading" className="visually-hidden">
          {t("timelineHeading")}
        </h2>
        <p className="timeline-hint" id="timeline-hint">
          {t("timelineHint")}
        </p>
        <div className="timeline-zoom" role="group" aria-label={t("zoom")}>
          <button type="button" onClick={() => zoom("in")} aria-label={t("zoomIn")}>
            +
          </button>
          <button type="button" onClick={() => zoom("out")} aria-label={t("zoomOut")}>
            −
          </button>
          <button type="button" onClick={showAll}>
            {t("showAll")}
          </button>
        </div>
      </div>
      <div
        ref={containerRef}
        className="timeline"
        data-testid="timeline"
        tabIndex={0}
        role="group"
        aria-label={t("timelineLabel", { title: index.dataset.title })}
        aria-describedby="timeline-hint"
        onKeyDown={onKeyDown}
      />
    </section>
  );
}
