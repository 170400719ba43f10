import { useEffect, useMemo, useRef } from "react";
import { DataSet, DataView } from "vis-data/esnext";
import { Timeline, type DataItem, type IdType, type TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import moment from "moment";
// The axis's month names in Arabic and Persian. Defining a locale also makes it moment's global
// default, so set that back: each timeline names its locale in its options.
import "moment/dist/locale/ar";
import "moment/dist/locale/fa";
import { afterNextPaint } from "../../lib/afterNextPaint";
import { useI18n } from "../../lib/i18n/I18nContext";
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { TimelineEvent } from "../dataset/schema";
import {
  buildItems,
  buildPeriodItems,
  itemContentTemplate,
  fullWindow,
  initialWindow,
  LARGE_DATASET,
  PERIOD_ITEM_PREFIX,
  periodWindow,
} from "./timelineItems";
import "./timeline.css";

const DAY = 24 * 60 * 60 * 1000;
moment.locale("en");
/** Above this many events, overlapping items are drawn as clusters ("12 events") that open on
 * zoom (and the timeline opens on its first events): drawing thousands of boxes at once costs
 * seconds of style and paint work per frame and shows nobody anything. */
const CLUSTER_ABOVE = LARGE_DATASET;

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

/** What the frame's buttons ask of the timeline. */
export interface TimelineControls {
  zoom: (direction: "in" | "out") => void;
  showAll: () => void;
}

export interface TimelineViewProps {
  /** The element to draw in: the frame's container, which React owns and this never replaces. */
  container: HTMLDivElement;
  index: DatasetIndex;
  /** The events to show (all of them, or those a search or filter leaves), in date order. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  selectedPeriodId?: string | null;
  onSelectPeriod?: (id: string) => void;
  /** A shorter timeline, for the embed. */
  compact?: boolean;
  /** What was selected when the page opened: the first window is planned around it. */
  opening: { selectedId: string | null; periodId: string | null };
  /** Called once vis-timeline's first drawing is in the page. */
  onDrawn: () => void;
  controls: React.RefObject<TimelineControls | null>;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

/** The one wrapper around vis-timeline: created on mount in the frame's container, fed through
 * its API, destroyed on unmount. It renders nothing itself. Selection changes never rebuild the items. */
export default function TimelineView({
  container,
  index,
  events,
  selectedId,
  onSelect,
  selectedPeriodId = null,
  onSelectPeriod,
  compact = false,
  opening,
  onDrawn,
  controls,
}: TimelineViewProps) {
  const { t, lang, dir } = useI18n();
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
  // Creating takes a long task: let the preview reach the screen first.
  useEffect(() => {
    let destroy: (() => void) | undefined;
    const cancel = afterNextPaint(() => (destroy = create()));
    return () => {
      cancel();
      destroy?.();
    };
  }, [container, index, compact, lang, dir, t, onDrawn, opening]);

  function create(): () => void {
    const width = container.clientWidth;
    const large = index.events.length > CLUSTER_ABOVE;
    const whole = fullWindow(index.events, width);
    const selected = selectedRef.current ? index.eventById.get(selectedRef.current) : undefined;
    const initial = initialWindow(index, eventsRef.current, opening, selected?.id ?? null, width);
    // vis-timeline's types say `content: string`; at run time it takes DOM nodes, which is the point.
    const items = new DataSet([...buildItems(index), ...buildPeriodItems(index, whole.end, periodRef.current)] as unknown as DataItem[]);
    // Searching and filtering only refresh this view: the items themselves are built once.
    const view = new DataView(items, {
      filter: (item) => !shownRef.current || String(item.id).startsWith(PERIOD_ITEM_PREFIX) || shownRef.current.has(item.id as string),
    });
    const timeline = new Timeline(container, view, {
      ...OPTIONS,
      // In Arabic and Persian, time runs right to left, the way the page reads.
      rtl: dir === "rtl",
      locale: lang,
      template: itemContentTemplate(index, lang),
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
    // Only the first drawing matters; 'changed' fires on every redraw (every frame of a pan).
    const firstDrawn = () => {
      timeline.off("changed", firstDrawn);
      onDrawn();
    };
    // vis-timeline often draws inside its constructor, before anyone could listen: its loading
    // screen is then gone already.
    if (container.querySelector(".vis-loading-screen")) timeline.on("changed", firstDrawn);
    else onDrawn();
    timeline.on("select", ({ items }: { items: string[] }) => {
      const [id] = items;
      if (id !== undefined) onSelectRef.current(id);
      // A tap on empty space must not clear the selection: the URL still holds it.
      else timeline.setSelection(selectedRef.current ? [selectedRef.current] : []);
    });
    // Period bands are drawn behind the items, where vis-timeline selects nothing: take their clicks here.
    const onBandClick = (e: MouseEvent) => {
      const band = (e.target as Element).closest?.("[data-period-id]");
      const id = band?.getAttribute("data-period-id");
      if (id) onSelectPeriodRef.current?.(id);
    };
    container.addEventListener("click", onBandClick);
    timeline.setSelection(selected ? [selected.id] : []);
    timelineRef.current = timeline;
    itemsRef.current = items;
    viewRef.current = view;
    return () => {
      container.removeEventListener("click", onBandClick);
      timeline.off("changed", firstDrawn);
      timeline.destroy();
      timelineRef.current = null;
    };
  }

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
    const whole = fullWindow(index.events, container.clientWidth);
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
    const whole = fullWindow(events.length ? events : index.events, container.clientWidth);
    timelineRef.current?.setWindow(whole.start, whole.end, { animation: !prefersReducedMotion() });
  }

  useEffect(() => {
    controls.current = { zoom, showAll };
  });
  return null;
}
