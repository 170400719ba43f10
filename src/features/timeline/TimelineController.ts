import { DataSet } from "vis-data/esnext";
import { Timeline, type DataItem, type TimelineOptions } from "vis-timeline/esnext";
import { categoryClasses } from "../../lib/categoryClasses";
import type { TimelineEvent } from "../../dataset/schema";
import { timelineHeight } from "./itemBox";
import { longestRange, planView, zoomLevel, type Crowd, type PlanFrame, type ViewPlan } from "./planView";
import { openingCapacity, planWholeView, withoutCutBoxes } from "./wholeView";
import { revealOnPage } from "./revealOnPage";
import type { TimelineProps, TimelineSettings } from "./timelineSettings";
import { listenToTimeline } from "./timelineEvents";
import { boxIsWhole, crowdWindow, fullWindow, glides, initialWindow, periodWindow, windowCentredOn, type TimeWindow } from "./timeWindows";
import { inOneLayout } from "./oneLayout";
import { buildPeriodItems, countWithin, itemChanges, itemContentTemplate, planItems } from "./visItems";
import { VIS_OPTIONS } from "./visOptions";
import { axisFormat, labelCharsFor, yearStepFor } from "./axisLabels";
import { timeStepFor, weekStepFits } from "./axisTicks";
import { timeScaleOf } from "../../dataset/timeScale";
import { keepWithinDates, panBounds, zoomMaxFor, zoomMinFor } from "./zoomLimits";

function prefersReducedMotion(): boolean {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

/** The one owner of a vis-timeline, free of React: created in a container, handed props, destroyed.
 * vis-timeline draws what the view plan (planView.ts) puts in the window: its boxes, each in its
 * lane, and counts for its crowds, replaced as the window moves. */
export class TimelineController {
  private readonly timeline: Timeline;
  private readonly items: DataSet<DataItem>;
  private readonly categoryClass: Map<string, string>;
  private readonly removeListeners: () => void;
  private props: TimelineProps;
  /** The longest range among the shown events. */
  private longest: number;
  /** The width the items are drawn in, kept by a ResizeObserver: never read during a selection. */
  private width: number;
  private plan: ViewPlan | null = null;
  /** Whether the last drawing pulled a count in from the frame's edge (countWithin). */
  private countAtEdge = false;
  /** What vis-timeline holds: each item's id, and what it draws (its class, with its lane; a count). */
  private drawnLooks = new Map<string, string>();
  /** The lanes the frame is tall enough for: it grows with the plans, never shrinks under the reader. */
  private heightLanes = 0;
  /** The window the app last opened or moved to, until the reader moves it: there, no box is cut. */
  private settled: TimeWindow | null = null;
  private destroyed = false;
  /** The years between the axis's labels, where the app sets them (yearStepFor). */
  private axisYears: number | null = null;
  private axisWeeks = false;
  /** The step within a day the axis was given ("15 minute"), if any. */
  private axisTime: string | null = null;
  /** The characters an axis label needs (axisLabelChars). */
  private readonly labelChars: number;
  private stopRevealing?: () => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly settings: TimelineSettings,
    props: TimelineProps,
  ) {
    this.props = props;
    this.categoryClass = categoryClasses(settings.index.dataset.categories);
    this.longest = longestRange(props.events);
    this.width = settings.frame.widthPx;
    this.labelChars = labelCharsFor(settings.index, settings.lang);
    const opening = (this.settled = this.openingWindow());
    this.items = new DataSet(this.periodItems(props.selectedPeriodId));
    this.draw(opening);
    this.timeline = this.createTimeline(opening);
    this.settleOnShown();
    this.removeListeners = this.listen();
    this.timeline.setSelection(props.selectedId && settings.index.eventById.has(props.selectedId) ? [props.selectedId] : []);
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
    if (direction === "in") this.timeline.zoomIn(0.5, this.motion());
    else this.timeline.zoomOut(0.5, this.motion());
  }

  /** Brings every shown event into view (all of them, when none is shown). */
  showAll(): void {
    const { events } = this.props;
    this.moveTo(this.whole(fullWindow(events.length ? events : this.settings.index.events, this.width)));
  }

  destroy(): void {
    this.destroyed = true;
    this.stopRevealing?.();
    this.removeListeners();
    this.timeline.destroy();
  }

  // The story of a construction, step by step.

  /** The window the timeline opens on, planned once, for the width it will have. */
  private openingWindow(): TimeWindow {
    const { index, opening } = this.settings;
    const { events, selectedId } = this.props;
    const current = selectedId && index.eventById.has(selectedId) ? selectedId : null;
    return this.whole(initialWindow(index, events, opening, current, this.width, openingCapacity(this.frame())));
  }

  private periodItems(selectedPeriodId: string | null): DataItem[] {
    const { index } = this.settings;
    // vis-timeline's types say `content: string`; at run time it takes DOM nodes, which is the point.
    return buildPeriodItems(index, fullWindow(index.events, this.width).end, selectedPeriodId) as unknown as DataItem[];
  }

  private createTimeline(opening: TimeWindow): Timeline {
    const { index, lang, dir, itemMark, notTranslated } = this.settings;
    // Room to zoom out to the whole dataset and pan past its ends, and to open any window the plan
    // widens for whole boxes (which vis-timeline would otherwise cut back to its bounds).
    const bounds = panBounds(index);
    const timeline = new Timeline(this.container, this.items, {
      ...VIS_OPTIONS,
      // In Arabic and Persian, time runs right to left, the way the page reads.
      rtl: dir === "rtl",
      locale: lang,
      format: axisFormat(lang, timeScaleOf(index.dataset)),
      maxMinorChars: this.labelChars,
      timeAxis: this.axisStep(opening),
      zoomMin: zoomMinFor(index),
      zoomMax: zoomMaxFor(index),
      template: itemContentTemplate(index, lang, itemMark, notTranslated),
      minHeight: timelineHeight(this.heightLanes),
      start: opening.start,
      end: opening.end,
      min: bounds.start,
      max: bounds.end,
    });
    keepWithinDates(timeline);
    return timeline;
  }

  /** The axis's step where vis-timeline's own would crowd its labels (spans of many millennia). */
  private axisStep(window: TimeWindow): TimelineOptions["timeAxis"] {
    // A label's characters at about 8 pixels each.
    this.axisYears = yearStepFor(window.end.getTime() - window.start.getTime(), this.width, this.labelChars * 8);
    this.axisWeeks = false;
    this.axisTime = null;
    if (this.axisYears !== null) return { scale: "year", step: this.axisYears };
    // Within a day (a story of minutes or seconds), the first paint's step: its labels' room, not
    // vis-timeline's, which left a phone's hour with one label.
    const time = timeStepFor(window.end.getTime() - window.start.getTime(), this.width);
    if (time) {
      this.axisTime = `${time.step} ${time.scale}`;
      return time;
    }
    // Days a week apart where two days' labels would crowd and vis-timeline would jump to months
    // (as the first paint's axis, axisTicks); otherwise, without a scale, it chooses its own step.
    this.axisWeeks = weekStepFits(window.end.getTime() - window.start.getTime(), this.width, this.labelChars * 9);
    return this.axisWeeks ? { scale: "day", step: 7 } : {};
  }

  /** Hands vis-timeline the axis step for `window` when it differs from the one it has. */
  private fitAxis(window: TimeWindow): void {
    const [years, weeks, time] = [this.axisYears, this.axisWeeks, this.axisTime];
    const timeAxis = this.axisStep(window);
    if (this.axisYears !== years || this.axisWeeks !== weeks || this.axisTime !== time) this.timeline.setOptions({ timeAxis });
  }

  /** Wires vis-timeline's events and the container's to the plan and the props; returns the unwiring. */
  private listen(): () => void {
    const { timeline, settings } = this;
    return listenToTimeline(timeline, this.container, {
      // A new plan only past a stretch's edge.
      onRange: (byUser) => {
        if (byUser) this.settled = null;
        this.fitAxis(timeline.getWindow());
        this.draw(timeline.getWindow());
      },
      onDrawn: settings.onDrawn,
      onSelectItem: (id) => {
        if (id !== undefined && settings.index.eventById.has(id)) this.props.onSelect(id);
        // A tap on empty space (or on a crowd) must not clear the selection: the URL still holds it.
        else timeline.setSelection(this.props.selectedId ? [this.props.selectedId] : []);
      },
      onCrowd: (id) => this.openCrowd(id),
      onPeriod: (id) => this.props.onSelectPeriod?.(id),
      onWidth: (width) => {
        if (width === this.width) return;
        this.width = width;
        this.draw(timeline.getWindow(), true);
      },
    });
  }

  // What happens while it lives.

  private motion(): { animation: boolean } {
    return { animation: !prefersReducedMotion() };
  }

  /** Moves the window to `window`, gliding unless `jump`. */
  private moveTo(window: TimeWindow, jump = false): void {
    this.settled = window;
    this.timeline.setWindow(window.start, window.end, jump ? { animation: false } : this.motion());
  }

  /** vis-timeline keeps a window within its zoom limits: where it opened on a narrower one than
   * planned, that is the window the app settled on, drawn without the boxes its edges cut. */
  private settleOnShown(): void {
    const shown = this.timeline.getWindow();
    if (this.isSettled(shown)) return;
    this.settled = shown;
    this.draw(shown);
  }

  /** Whether `window` is the one the app settled on (to vis-timeline's rounding). */
  private isSettled(window: TimeWindow): boolean {
    const { settled } = this;
    if (!settled) return false;
    const slack = (settled.end.getTime() - settled.start.getTime()) * 1e-6 + 1;
    return (
      Math.abs(window.start.getTime() - settled.start.getTime()) <= slack && Math.abs(window.end.getTime() - settled.end.getTime()) <= slack
    );
  }

  private frame(): PlanFrame {
    return { widthPx: this.width, lanes: this.settings.frame.lanes };
  }

  private selected(): TimelineEvent | null {
    const { selectedId } = this.props;
    return selectedId ? (this.settings.index.eventById.get(selectedId) ?? null) : null;
  }

  /** `window` widened until every box drawn in it is whole. */
  private whole(window: TimeWindow): TimeWindow {
    return planWholeView(this.props.events, window, this.frame(), this.selected(), this.longest).window;
  }

  /** Hands vis-timeline the plan for `window`, changing only the items that differ from those it has. */
  private draw(window: TimeWindow, force = false): void {
    const planned = planView(this.props.events, window, this.frame(), this.selected(), this.longest);
    const plan = this.isSettled(window) ? withoutCutBoxes(planned, window, this.frame(), this.selected()) : planned;
    // A count the frame's edge would cut is drawn inside it: redrawn as the window moves while one
    // is (or was, last time) at an edge; otherwise a plan with the same key has nothing new.
    // On the window the app settled on, its counts are pulled in to that window as planned: the
    // window vis-timeline reports there differs by rounding, which must not hand them over again
    // (as its first fit does, while the first paint is still on screen).
    const shown = this.isSettled(window) ? this.settled! : window;
    const within = { start: shown.start.getTime(), end: shown.end.getTime(), widthPx: this.width };
    const atEdge = plan.crowds.some((crowd) => countWithin(crowd, within) !== crowd);
    if (!force && plan.key === this.plan?.key && !atEdge && !this.countAtEdge) return;
    this.plan = plan;
    this.countAtEdge = atEdge;
    const { gone, changed, looks } = itemChanges(this.drawnLooks, planItems(plan, this.categoryClass, this.settings.crowdLabel, within));
    this.drawnLooks = looks;
    inOneLayout(this.timeline, () => {
      if (gone.length) this.items.remove(gone);
      if (changed.length) this.items.update(changed as unknown as DataItem[]);
    });
    this.growFor(plan.lanes);
  }

  /** Makes the frame tall enough for `lanes` (before vis-timeline exists, it is created so). */
  private growFor(lanes: number): void {
    if (lanes <= this.heightLanes) return;
    this.heightLanes = lanes;
    // draw() runs once before the timeline exists, which is then created this tall.
    this.timeline?.setOptions({ minHeight: timelineHeight(lanes) });
  }

  /** A click on a crowd zooms to fit its events; where zooming cannot draw them apart (they share
   * one moment, or fall in one stretch even at the closest zoom: a dense log's days), they are
   * listed instead. */
  private openCrowd(id: string): void {
    const crowd: Crowd | undefined = this.plan?.crowds.find((c) => c.id === id);
    if (!crowd) return;
    const events = this.props.events.slice(crowd.first, crowd.last + 1);
    const window = crowdWindow(events, this.width, zoomMinFor(this.settings.index));
    const stretch = 2 ** zoomLevel(window, this.width) * 1000;
    const apart = Math.floor(events[0]!.date.start.getTime() / stretch) !== Math.floor(events.at(-1)!.date.start.getTime() / stretch);
    if (!crowd.separable || !apart) return this.settings.onOpenCrowd(events);
    this.moveTo(this.whole(window));
  }

  /** A new search or filter: show what it leaves, all of it. */
  private showEvents(events: readonly TimelineEvent[]): void {
    this.longest = longestRange(events);
    this.draw(this.timeline.getWindow(), true);
    if (events.length) this.showAll();
  }

  /** Marks the selected period's band, and brings it into view. */
  private selectPeriod(periodId: string | null): void {
    const { index } = this.settings;
    if (!index.dataset.periods.length) return;
    this.items.update(this.periodItems(periodId));
    const period = periodId ? index.periodById.get(periodId) : undefined;
    if (period) this.moveTo(this.whole(periodWindow(period, fullWindow(index.events, this.width))));
  }

  /** Marks the selected event, and brings it into view: work bounded by the window, no layout read. */
  private select(selectedId: string | null): void {
    const event = selectedId ? this.settings.index.eventById.get(selectedId) : undefined;
    // The selected event is always drawn on its own: hand it over before selecting it.
    this.draw(this.timeline.getWindow());
    this.timeline.setSelection(event ? [event.id] : []);
    if (!event) return;
    const visible = this.timeline.getWindow();
    // Centred on it, widened so that no other box is left cut at an edge; far off, at once.
    if (!boxIsWhole(event, visible, this.width)) {
      const next = this.whole(windowCentredOn(event, visible));
      this.moveTo(next, !glides(visible, next));
    }
    this.stopRevealing?.();
    this.stopRevealing = revealOnPage(this.timeline, this.container, event.id);
  }
}
