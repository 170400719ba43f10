import { formatAxisTick, formatDateRange } from "../../lib/dates";
import { type I18n, type Language, type Translate } from "../../lib/i18n/i18n";
import { langOf, untranslatedLang } from "../../dataset/localise";
import { categoryClasses } from "../../lib/categoryClasses";
import { h, type Markup } from "../../lib/markup";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { TimelineEvent } from "../../dataset/schema";
import { axisTicks } from "./axisTicks";
import { boxHeight, ITEM_BOX, LANE_PITCH, RANGE_BAR_PX, timelineHeight } from "./itemBox";
import type { PlanFrame } from "./planView";
import { openingCapacity, planWholeView } from "./wholeView";
import { initialWindow } from "./timeWindows";
import { latestUpdate, updateMark } from "../../dataset/eventUpdates";
import { timeScaleOf } from "../../dataset/timeScale";
import { deepLabelPx } from "./axisLabels";

/** The `href` that selects an event or a period from this page. */
export type SelectionLink = (kind: "event" | "period", id: string) => string;

export interface PreviewInput {
  index: DatasetIndex;
  events: readonly TimelineEvent[];
  selectedId: string | null;
  /** What was selected when the page opened: the window is planned around it. */
  opening: { selectedId: string | null; periodId: string | null };
  frame: PlanFrame;
  /** The longest range among `events` (planView's `longestRange`): worked out once, not per frame. */
  longest: number;
  /** One of the plans the stylesheet chooses from, before the frame is measured. */
  choice: boolean;
  i18n: I18n;
  linkTo: SelectionLink;
  /** Whether the event links are Tab stops of their own (only before script, in the built page). */
  linksInTabOrder: boolean;
}

/** The timeline's opening view drawn before vis-timeline (the app's largest download) has loaded:
 * the same view plan (planView.ts) the live timeline draws, each box in its lane, ranges as ranges,
 * counts as counts, as links that select (links, so they work before the app has started).
 * Positions are SVG attributes, not inline styles, so the strict CSP allows them in the
 * prerendered page too. Drawn by React (TimelinePreview) and, for a `?data=` file on a phone,
 * before React (src/hydrate/firstPaint.ts). */
export function previewMarkup({
  index,
  events,
  selectedId,
  opening,
  frame,
  longest,
  choice,
  i18n,
  linkTo,
  linksInTabOrder,
}: PreviewInput): Markup {
  const selected = selectedId ? (index.eventById.get(selectedId) ?? null) : null;
  const first = initialWindow(index, events, opening, selected?.id ?? null, frame.widthPx, openingCapacity(frame));
  const { window, plan } = planWholeView(events, first, frame, selected, longest);
  const scale = previewScale(window, plan.lanes, i18n.dir);
  const classes = categoryClasses(index.dataset.categories);
  const boxes = { selectedId: selected?.id ?? null, linkTo, linksInTabOrder, lang: i18n.lang, t: i18n.t };
  const timeScale = timeScaleOf(index.dataset);
  const ticks = axisTicks(window, frame.widthPx, timeScale === 1 ? undefined : deepLabelPx(index, i18n.lang));

  return h(
    "svg",
    { class: "timeline-preview-plan", width: "100%", height: scale.height, "data-plan-width": choice ? frame.widthPx : undefined },
    [
      ...periodMarks(scale, index.dataset.periods, classes),
      h("line", { class: "timeline-preview-axis", x1: "0", x2: "100%", y1: scale.axisY, y2: scale.axisY }, [], "axis"),
      ...ticks.map((tick) => tickMark(scale, tick, i18n.lang, timeScale)),
      // Connectors first: they run beneath every box.
      ...plan.boxes.map((box) => stemMark(scale, box, classes)),
      ...plan.crowds.map((crowd) => crowdMark(scale, crowd, i18n.t)),
      ...plan.boxes.map((box) => boxMark(scale, box, classes, boxes)),
    ],
  );
}

type Plan = ReturnType<typeof planWholeView>["plan"];
type Box = Plan["boxes"][number];
type Crowd = Plan["crowds"][number];
type Classes = ReturnType<typeof categoryClasses>;

/** Where a time and a lane are drawn in the SVG: x in percent of the frame, whichever way time runs. */
interface PreviewScale {
  height: number;
  axisY: number;
  dir: I18n["dir"];
  laneTop(lane: number): number;
  percent(time: number): number;
  /** Kept within the frame. */
  clamped(time: number): number;
  /** Kept just past the frame's edges. */
  reaching(time: number): number;
  at(x: number): string;
  /** A span of time as an x and a width, whichever way time runs. */
  across(from: number, to: number): { x: string; width: string };
}

function previewScale(window: { start: Date; end: Date }, lanes: number, dir: I18n["dir"]): PreviewScale {
  const height = timelineHeight(lanes);
  const axisY = height - ITEM_BOX.axis;
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const percent = (time: number) => ((time - start) / span) * 100;
  // In Arabic and Persian, time runs right to left.
  const at = (x: number) => `${dir === "rtl" ? 100 - x : x}%`;
  return {
    height,
    axisY,
    dir,
    laneTop: (lane) => axisY - ITEM_BOX.labelStrip - ITEM_BOX.height - lane * LANE_PITCH,
    percent,
    clamped: (time) => Math.min(100, Math.max(0, percent(time))),
    reaching: (time) => Math.min(104, Math.max(-4, percent(time))),
    at,
    across: (from, to) => ({ x: at(dir === "rtl" ? to : from), width: `${Math.max(0, to - from)}%` }),
  };
}

function periodMarks(scale: PreviewScale, periods: DatasetIndex["dataset"]["periods"], classes: Classes): (Markup | null)[] {
  return periods.map((p) => {
    const from = scale.clamped(p.start.start.getTime());
    const to = p.end ? scale.clamped(p.end.end.getTime()) : 100;
    if (to <= from) return null;
    const category = p.category && classes.get(p.category);
    const band = scale.across(from, to);
    return h(
      "g",
      { class: category ? `timeline-preview-period ${category}` : "timeline-preview-period", "data-period-id": p.id },
      [
        h("rect", { ...band, y: 0, height: scale.axisY }),
        // Its label kept to its band, as the live timeline's is: a neighbour's never runs into it,
        // and where the band is too narrow for it, it ends in "…" (timeline.css's period-label).
        h("foreignObject", { ...band, y: scale.axisY - ITEM_BOX.labelStrip, height: ITEM_BOX.labelStrip }, [
          h("div", { class: "timeline-preview-period-label" }, [
            h("span", { class: "period-label", lang: langOf(p, "label"), dir: "auto" }, [p.label]),
          ]),
        ]),
      ],
      `period-${p.id}`,
    );
  });
}

function tickMark(
  { at, axisY, dir }: PreviewScale,
  tick: ReturnType<typeof axisTicks>[number],
  lang: I18n["lang"],
  timeScale: number,
): Markup {
  return h(
    "g",
    { class: "timeline-preview-tick" },
    [
      h("line", { x1: at(tick.x), x2: at(tick.x), y1: 0, y2: axisY + 6 }),
      h("text", { x: at(tick.x), y: axisY + 24, dx: dir === "rtl" ? -4 : 4 }, [formatAxisTick(tick.date, tick.precision, lang, timeScale)]),
    ],
    `tick-${tick.date.getTime()}`,
  );
}

function stemMark({ at, percent, laneTop, axisY }: PreviewScale, { event, lane }: Box, classes: Classes): Markup | null {
  if (event.end) return null;
  const x = at(percent(event.date.start.getTime()));
  return h(
    "line",
    {
      class: `timeline-preview-stem ${classes.get(event.category) ?? "category-0"}`,
      x1: x,
      x2: x,
      y1: laneTop(lane) + ITEM_BOX.height,
      y2: axisY,
    },
    [],
    `stem-${event.id}`,
  );
}

function crowdMark({ across, reaching, at, clamped, laneTop, dir }: PreviewScale, crowd: Crowd, t: I18n["t"]): Markup {
  return h(
    "g",
    // Its events' places in the list drawn: a tap on it opens them (TimelinePreview), as the live timeline's does.
    { class: "timeline-preview-crowd", "data-crowd-id": crowd.id, "data-crowd-first": crowd.first, "data-crowd-last": crowd.last },
    [
      h("rect", {
        // A crowd reaching past the frame runs just past its edge (its rounded end out of sight),
        // not the whole stretch's width: no element of the first paint is wider than the page.
        ...across(reaching(crowd.start.getTime()), reaching(crowd.end.getTime())),
        y: laneTop(crowd.lane) + ITEM_BOX.height - ITEM_BOX.crowdHeight,
        height: ITEM_BOX.crowdHeight,
        rx: 16,
      }),
      // Its count on screen, where the crowd begins off it (the live timeline's does the same).
      h("text", { x: at(clamped(crowd.start.getTime())), y: laneTop(crowd.lane) + ITEM_BOX.height - 10, dx: dir === "rtl" ? -14 : 14 }, [
        t("crowdLabel", { count: crowd.count }),
      ]),
    ],
    `crowd-${crowd.id}`,
  );
}

interface BoxLinks {
  selectedId: string | null;
  linkTo: SelectionLink;
  linksInTabOrder: boolean;
  lang: I18n["lang"];
  t: Translate;
}

function boxMark(scale: PreviewScale, { event, lane, lanes }: Box, classes: Classes, links: BoxLinks): Markup {
  const { percent, at, across, laneTop, dir } = scale;
  const x = percent(event.date.start.getTime());
  const category = classes.get(event.category) ?? "category-0";
  // A point's box is centred on its date; a range's label starts at its start.
  const shift = event.end ? (dir === "rtl" ? -ITEM_BOX.width : 0) : -ITEM_BOX.width / 2;
  const bar = event.end
    ? h("rect", {
        class: "timeline-preview-bar",
        ...across(x, Math.max(x, percent(event.end.end.getTime()))),
        y: laneTop(lane) + ITEM_BOX.height - RANGE_BAR_PX,
        height: RANGE_BAR_PX,
      })
    : null;
  const place = {
    x: at(x),
    // A long title's box reaches up through the lanes it takes.
    y: laneTop(lane + lanes - 1),
    width: ITEM_BOX.width,
    height: boxHeight(lanes) - (event.end ? RANGE_BAR_PX : 0),
    transform: `translate(${shift} 0)`,
  };
  return h("g", { class: category }, [bar, h("foreignObject", place, [boxLink(event, links)])], `box-${event.id}`);
}

function boxLink(event: TimelineEvent, { selectedId, linkTo, linksInTabOrder, lang, t }: BoxLinks): Markup {
  const isSelected = event.id === selectedId;
  return h(
    "a",
    {
      href: linkTo("event", event.id),
      class: isSelected ? "timeline-preview-item selected" : "timeline-preview-item",
      // Every plan the stylesheet chooses from carries the DOM contract's ids, as it may be
      // the one shown (no script needed); with script, those not shown give theirs up
      // (markShownPlan, snapshotGate.ts). Once the frame is measured, there is one plan.
      "data-event-id": event.id,
      "aria-current": isSelected ? "true" : undefined,
      // Not a Tab stop of its own, as in the live timeline; the prerendered page's links
      // are taken out of the Tab order by its inline script (see snapshotGate.ts).
      tabindex: linksInTabOrder ? undefined : -1,
    },
    [
      h("span", { class: "timeline-item-title", lang: langOf(event, "title"), dir: "auto" }, [event.title]),
      untranslatedLang(event, "title") !== null ? boxUntranslatedMarkup(t("notTranslated"), lang) : null,
      itemDate(event, t, lang),
    ],
  );
}

/** The mark under a title shown in its original, on a line of its own (boxLanes reckons it), in
 * the interface's language: the live timeline's too (visItems.ts draws it). */
export function boxUntranslatedMarkup(word: string, lang: Language): Markup {
  return h("span", { class: "timeline-item-mark timeline-item-untranslated", lang, "data-testid": "not-translated" }, [`(${word})`]);
}

/** The event a click on the preview is for, if it is on one of its links. */
/** The places (first, last) in the events drawn of the crowd a click landed on, if any. */
export function previewCrowd(target: EventTarget | null): [number, number] | null {
  const crowd = target instanceof Element ? target.closest("[data-crowd-first][data-crowd-last]") : null;
  if (!crowd) return null;
  const [first, last] = [Number(crowd.getAttribute("data-crowd-first")), Number(crowd.getAttribute("data-crowd-last"))];
  return Number.isInteger(first) && Number.isInteger(last) && first <= last ? [first, last] : null;
}

export function previewLinkEvent(target: EventTarget | null): string | null {
  const link = target instanceof Element ? target.closest("a[data-event-id], a[data-plan-event-id]") : null;
  return link?.getAttribute("data-event-id") ?? link?.getAttribute("data-plan-event-id") ?? null;
}

/** Gives the first paint's plans back the ids the page's script took from those not shown
 * (pickEmbedSnapshot, src/hydrate/snapshotGate.ts), as the app takes them over: its DOM is then the one it rendered. */
export function restorePlanIds(preview: Element): void {
  preview.setAttribute("data-plans-live", "");
  for (const kind of ["event", "period"]) {
    preview.querySelectorAll(`[data-plan-${kind}-id]`).forEach((element) => {
      element.setAttribute(`data-${kind}-id`, element.getAttribute(`data-plan-${kind}-id`)!);
      element.removeAttribute(`data-plan-${kind}-id`);
    });
  }
}

/** A box's date line, with the mark of its latest update (as the live timeline's, visItems.ts). */
function itemDate(event: TimelineEvent, t: Translate, lang: Language): Markup {
  // The date as the file writes it ("Spring 1965", TimelineJS's display date), where it does.
  const date =
    event.displayDate === null
      ? formatDateRange(event.date, event.end, lang)
      : h("span", { lang: langOf(event, "displayDate"), dir: "auto" }, [event.displayDate]);
  const update = latestUpdate(event);
  if (!update) return h("span", { class: "timeline-item-date" }, [date]);
  return h("span", { class: "timeline-item-date" }, [date, h("span", { class: "timeline-item-mark" }, [updateMark(update, t, lang)])]);
}
