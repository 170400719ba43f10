import { DataSet } from "vis-data/esnext";
import { Timeline, type DataItem } from "vis-timeline/esnext";
import { categoryClasses } from "../../lib/categoryClasses";
import type { Language } from "../../lib/i18n/i18n";
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { TimelineEvent } from "../dataset/schema";
import { PAN_MARGIN_MS, VIS_OPTIONS } from "./visOptions";
import { revealOnPage } from "./revealOnPage";
import { boxIsWhole, fullWindow, initialWindow, periodWindow, windowCentredOn, windowWithWholeBoxes, type TimeWindow } from "./timeWindows";
import { buildPeriodItems, crowdItem, eventItem, itemContentTemplate } from "./visItems";
import { longestRange, windowContents, type WindowContents } from "./windowContents";

/** What stays fixed for a controller's life: a change of any of these makes a new one. */
export interface TimelineSettings {
  index: DatasetIndex;
  lang: Language;
  dir: "ltr" | "rtl";
  /** What a crowd of `count` events says. */
  crowdLabel: (count: number) => string;
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
 * vis-timeline is handed only what the window shows (windowContents.ts): a large dataset's
 * boxes near the window and counts for its crowds, replaced as the window moves. */
export class TimelineController {
  private readonly timeline: Timeline;
  private readonly items: DataSet<DataItem>;
  private readonly categoryClass: Map<string, string>;
  private readonly removeListeners: () => void;
  private props: TimelineProps;
  /** The longest range among the shown events. */
  private longest: number;
  private drawn: WindowContents | null = null;
  private drawnIds = new Set<string>();
  private destroyed = false;
  private stopRevealing?: () => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly settings: TimelineSettings,
    props: TimelineProps,
  ) {
    const { index, lang, dir, compact, opening, onDrawn } = settings;
    this.props = props;
    this.categoryClass = categoryClasses(index.dataset.categories);
    this.longest = longestRange(props.events);
    const width = container.clientWidth;
    const whole = this.wholeWindow();
    const selected = props.selectedId ? index.eventById.get(props.selectedId) : undefined;
    const initial = initialWindow(index, props.events, opening, selected?.id ?? null, width);
    // vis-timeline's types say `content: string`; at run time it takes DOM nodes, which is the point.
    this.items = new DataSet(buildPeriodItems(index, whole.end, props.selectedPeriodId) as unknown as DataItem[]);
    this.draw(initial, width);
    const timeline = (this.timeline = new Timeline(container, this.items, {
      ...VIS_OPTIONS,
      // In Arabic and Persian, time runs right to left, the way the page reads.
      rtl: dir === "rtl",
      locale: lang,
      template: itemContentTemplate(index, lang),
      ...(compact ? { minHeight: 180 } : {}),
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
    // Every frame of a pan or zoom: a few binary searches, and new items only past a stretch's edge.
    const redraw = () => this.draw(timeline.getWindow());
    timeline.on("rangechange", redraw);
    timeline.on("rangechanged", redraw);
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
      const crowdId = target.closest?.("[data-crowd-id]")?.getAttribute("data-crowd-id");
      if (crowdId) return this.openCrowd(crowdId);
      // Period bands are drawn behind the items, where vis-timeline selects nothing: take their clicks here.
      const id = target.closest?.("[data-period-id]")?.getAttribute("data-period-id");
      if (id) this.props.onSelectPeriod?.(id);
    };
    container.addEventListener("click", onBandClick);
    this.removeListeners = () => {
      container.removeEventListener("click", onBandClick);
      timeline.off("changed", firstDrawn);
      timeline.off("rangechange", redraw);
      timeline.off("rangechanged", redraw);
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

  /** Hands vis-timeline what `window` shows, changing only the items that differ from those it has. */
  private draw(window: TimeWindow, width = this.frameWidth(), force = false): void {
    const { events, selectedId } = this.props;
    const selected = selectedId ? (this.settings.index.eventById.get(selectedId) ?? null) : null;
    const contents = windowContents(events, window, width, selected, this.longest);
    if (!force && contents.key === this.drawn?.key) return;
    this.drawn = contents;
    const next = new Map<string, DataItem>();
    for (const event of contents.events) next.set(event.id, eventItem(event, this.categoryClass) as unknown as DataItem);
    for (const crowd of contents.crowds) next.set(crowd.id, crowdItem(crowd, this.settings.crowdLabel) as unknown as DataItem);
    const gone = [...this.drawnIds].filter((id) => !next.has(id));
    const added = [...next].filter(([id]) => !this.drawnIds.has(id)).map(([, item]) => item);
    this.drawnIds = new Set(next.keys());
    if (gone.length) this.items.remove(gone);
    if (added.length) this.items.add(added);
  }

  /** A click on a crowd zooms in to it; where zooming cannot draw its events apart (they share one
   * moment), it selects the first, from which the arrow keys walk on. */
  private openCrowd(id: string): void {
    const crowd = this.drawn?.crowds.find((c) => c.id === id);
    if (!crowd) return;
    if (!crowd.separable) return this.props.onSelect(this.props.events[crowd.first]!.id);
    const margin = (crowd.end.getTime() - crowd.start.getTime()) / 4;
    this.timeline.setWindow(crowd.start.getTime() - margin, crowd.end.getTime() + margin, { animation: !prefersReducedMotion() });
  }

  /** A new search or filter: show what it leaves, all of it. */
  private showEvents(events: readonly TimelineEvent[]): void {
    this.longest = longestRange(events);
    this.draw(this.timeline.getWindow(), undefined, true);
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
    // The selected event is always drawn on its own: hand it over before selecting it.
    this.draw(this.timeline.getWindow());
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
