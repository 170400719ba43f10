import { DataSet, DataView } from "vis-data/esnext";
import { Timeline, type DataItem, type IdType } from "vis-timeline/esnext";
import type { Language } from "../../lib/i18n/i18n";
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { TimelineEvent } from "../dataset/schema";
import { PAN_MARGIN_MS, VIS_OPTIONS } from "./visOptions";
import { revealOnPage } from "./revealOnPage";
import { boxIsWhole, fullWindow, initialWindow, LARGE_DATASET, periodWindow, windowCentredOn, windowWithWholeBoxes } from "./timeWindows";
import { buildItems, buildPeriodItems, itemContentTemplate, PERIOD_ITEM_PREFIX } from "./visItems";

/** What stays fixed for a controller's life: a change of any of these makes a new one. */
export interface TimelineSettings {
  index: DatasetIndex;
  lang: Language;
  dir: "ltr" | "rtl";
  /** A cluster's tooltip, with `{count}` where its size goes. */
  clusterTitle: string;
  /** A shorter timeline, for the embed. */
  compact: boolean;
  /** What was selected when the page opened: the first window is planned around it. */
  opening: { selectedId: string | null; periodId: string | null };
  /** Called once vis-timeline's first drawing is in the page. */
  onDrawn: () => void;
}

/** What changes while it lives, handed over with `setProps`. */
export interface TimelineProps {
  /** The events to show (all of them, or those a search or filter leaves), in date order. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  selectedPeriodId: string | null;
  /** A selection: `replace` for a keyboard step, which moves on rather than adds a history entry. */
  onSelect: (id: string, how?: { replace: boolean }) => void;
  onSelectPeriod?: (id: string) => void;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

/** The one owner of a vis-timeline, free of React: created in a container, handed props, destroyed.
 * The items are built once; a change of filter only refreshes a view of them, and a change of
 * selection never rebuilds them. */
export class TimelineController {
  private readonly timeline: Timeline;
  private readonly items: DataSet<DataItem>;
  private readonly view: DataView<DataItem>;
  private readonly large: boolean;
  private readonly removeListeners: () => void;
  private props: TimelineProps;
  private shownIds: Set<string> | null;
  private destroyed = false;
  private stopRevealing?: () => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly settings: TimelineSettings,
    props: TimelineProps,
  ) {
    const { index, lang, dir, compact, opening, onDrawn } = settings;
    this.props = props;
    this.shownIds = shownIdsOf(index, props.events);
    this.large = index.events.length > LARGE_DATASET;
    const width = container.clientWidth;
    const whole = this.wholeWindow();
    const selected = props.selectedId ? index.eventById.get(props.selectedId) : undefined;
    const initial = initialWindow(index, props.events, opening, selected?.id ?? null, width);
    // vis-timeline's types say `content: string`; at run time it takes DOM nodes, which is the point.
    this.items = new DataSet([
      ...buildItems(index),
      ...buildPeriodItems(index, whole.end, props.selectedPeriodId),
    ] as unknown as DataItem[]);
    this.view = new DataView(this.items, {
      filter: (item) => !this.shownIds || String(item.id).startsWith(PERIOD_ITEM_PREFIX) || this.shownIds.has(item.id as string),
    });
    const timeline = (this.timeline = new Timeline(container, this.view, {
      ...VIS_OPTIONS,
      // In Arabic and Persian, time runs right to left, the way the page reads.
      rtl: dir === "rtl",
      locale: lang,
      template: itemContentTemplate(index, lang),
      ...(compact ? { minHeight: 180 } : {}),
      // Above the threshold, overlapping items are drawn as clusters that open on zoom: drawing
      // thousands of boxes at once costs seconds of style and paint work and shows nobody anything.
      ...(this.large
        ? {
            cluster: {
              maxItems: 2,
              titleTemplate: settings.clusterTitle,
              showStipes: true,
              fitOnDoubleClick: true,
              // The selected event always stands alone, so it can be seen and focused.
              clusterCriteria: (a: { id: IdType }, b: { id: IdType }) => a.id !== this.props.selectedId && b.id !== this.props.selectedId,
            },
          }
        : {}),
      start: initial.start,
      end: initial.end,
      min: new Date(whole.start.getTime() - PAN_MARGIN_MS),
      max: new Date(whole.end.getTime() + PAN_MARGIN_MS),
    }));

    // The window was planned for the container's width; the items are drawn in a slightly
    // narrower frame, known only now. Plan again for it, before anything is on screen.
    if (this.frameWidth() !== width) {
      const planned = initialWindow(index, props.events, opening, selected?.id ?? null, this.frameWidth());
      timeline.setWindow(planned.start, planned.end, { animation: false });
    }
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
      if (id !== undefined && index.eventById.has(id)) this.props.onSelect(id);
      // A tap on empty space (or on a cluster) must not clear the selection: the URL still holds it.
      else timeline.setSelection(this.props.selectedId ? [this.props.selectedId] : []);
    });
    const onBandClick = (e: MouseEvent) => {
      const target = e.target as Element;
      // A cluster opens on one click, not only on vis-timeline's double click: zoom to what it holds.
      const cluster = target.closest?.(".vis-cluster");
      if (cluster) return void cluster.dispatchEvent(new MouseEvent("dblclick"));
      // Period bands are drawn behind the items, where vis-timeline selects nothing: take their clicks here.
      const id = target.closest?.("[data-period-id]")?.getAttribute("data-period-id");
      if (id) this.props.onSelectPeriod?.(id);
    };
    container.addEventListener("click", onBandClick);
    this.removeListeners = () => {
      container.removeEventListener("click", onBandClick);
      timeline.off("changed", firstDrawn);
    };
    timeline.setSelection(selected ? [selected.id] : []);
  }

  /** Hands over the latest props; only what differs from the last ones is passed on to vis-timeline. */
  setProps(next: TimelineProps): void {
    if (this.destroyed) return;
    const previous = this.props;
    this.props = next;
    if (next.events !== previous.events) this.showEvents(next.events);
    if (next.selectedPeriodId !== previous.selectedPeriodId) this.selectPeriod(next.selectedPeriodId);
    if (next.selectedId !== previous.selectedId) this.select(next.selectedId);
  }

  zoom(direction: "in" | "out"): void {
    const animation = !prefersReducedMotion();
    if (direction === "in") this.timeline.zoomIn(0.5, { animation });
    else this.timeline.zoomOut(0.5, { animation });
  }

  /** Brings every shown event into view (all of them, when none is shown). */
  showAll(): void {
    const { events } = this.props;
    const shown = events.length ? events : this.settings.index.events;
    const width = this.frameWidth();
    const whole = windowWithWholeBoxes(fullWindow(shown, width), shown, width);
    this.timeline.setWindow(whole.start, whole.end, { animation: !prefersReducedMotion() });
  }

  destroy(): void {
    this.destroyed = true;
    this.stopRevealing?.();
    this.removeListeners();
    this.timeline.destroy();
  }

  /** The width the items are drawn in: vis-timeline's centre panel, inside its borders. */
  private frameWidth(): number {
    return this.container.querySelector<HTMLElement>(".vis-panel.vis-center")?.clientWidth ?? this.container.clientWidth;
  }

  /** Every event, each box whole: the bounds the reader can pan to, and a year beyond. */
  private wholeWindow() {
    const { events } = this.settings.index;
    const width = this.frameWidth();
    return windowWithWholeBoxes(fullWindow(events, width), events, width);
  }

  /** A new search or filter: show what it leaves, all of it. */
  private showEvents(events: readonly TimelineEvent[]): void {
    this.shownIds = shownIdsOf(this.settings.index, events);
    this.view.refresh();
    if (events.length) this.showAll();
  }

  /** Marks the selected period's band, and brings it into view. */
  private selectPeriod(periodId: string | null): void {
    const { index } = this.settings;
    if (!index.dataset.periods.length) return;
    const whole = this.wholeWindow();
    this.items.update(buildPeriodItems(index, whole.end, periodId) as unknown as DataItem[]);
    const period = periodId ? index.periodById.get(periodId) : undefined;
    if (!period) return;
    const target = windowWithWholeBoxes(periodWindow(period, whole), this.props.events, this.frameWidth());
    this.timeline.setWindow(target.start, target.end, { animation: !prefersReducedMotion() });
  }

  /** Marks the selected event, and brings it into view. */
  private select(selectedId: string | null): void {
    const event = selectedId ? this.settings.index.eventById.get(selectedId) : undefined;
    // Touching the newly selected item makes vis-timeline work its clusters out again.
    if (this.large && event) this.items.update({ id: event.id });
    this.timeline.setSelection(event ? [event.id] : []);
    if (!event) return;
    const visible = this.timeline.getWindow();
    const width = this.frameWidth();
    const animation = !prefersReducedMotion();
    if (!boxIsWhole(event, visible, width)) {
      // Centred on it, widened so that no other box is left cut at an edge.
      const target = windowWithWholeBoxes(windowCentredOn(event, visible), this.props.events, width);
      this.timeline.setWindow(target.start, target.end, { animation });
    }
    this.stopRevealing?.();
    this.stopRevealing = revealOnPage(this.timeline, this.container, event.id);
  }
}

/** The ids a filter leaves, or null when it leaves every event. */
function shownIdsOf(index: DatasetIndex, events: readonly TimelineEvent[]): Set<string> | null {
  return events.length === index.events.length ? null : new Set(events.map((e) => e.id));
}
