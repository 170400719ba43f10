import type { DatasetIndex } from "../dataset/datasetIndex";
import type { Category, Period, TimelineEvent } from "../dataset/schema";
import { formatDateRange } from "../../lib/dates";
import { DATA_LANG } from "../../lib/i18n/I18nContext";
import type { Language } from "../../lib/i18n/i18n";

export const CATEGORY_COLOURS = 6;
const DAY = 24 * 60 * 60 * 1000;

/** vis-timeline item data. `event-id` becomes the item element's `data-event-id`
 * through the `dataAttributes` option. The content is built only when vis-timeline first draws
 * the item (see `itemContentTemplate`): at 5,000 events most are never drawn. */
export interface EventItem {
  id: string;
  "event-id": string;
  start: Date;
  end?: Date;
  type: "box" | "range";
  className: string;
}

/** The CSS class colouring each category: by its position, never from its (untrusted) id. */
export function categoryClasses(categories: readonly Category[]): Map<string, string> {
  return new Map(categories.map((c, i) => [c.id, `category-${i % CATEGORY_COLOURS}`]));
}

/** Item content as DOM nodes with text only: nothing from the data is parsed as HTML. */
export function itemContent(event: TimelineEvent, lang: Language): HTMLElement {
  const content = document.createElement("span");
  content.className = "timeline-item";
  const title = document.createElement("span");
  title.className = "timeline-item-title";
  title.lang = DATA_LANG;
  title.dir = "auto";
  title.textContent = event.title;
  const date = document.createElement("span");
  date.className = "timeline-item-date";
  date.textContent = formatDateRange(event.date, event.end, lang);
  content.append(title, date);
  return content;
}

/** vis-timeline's `template` option: an event's content, built on first draw and kept; other
 * items (period bands, clusters) bring their own. */
export function itemContentTemplate(index: DatasetIndex, lang: Language) {
  const built = new Map<string, HTMLElement>();
  return (item: { "event-id"?: string; content?: string | HTMLElement }): string | HTMLElement => {
    const event = item["event-id"] ? index.eventById.get(item["event-id"]) : undefined;
    if (!event) return item.content ?? "";
    let content = built.get(event.id);
    if (!content) built.set(event.id, (content = itemContent(event, lang)));
    return content;
  };
}

export function buildItems(index: DatasetIndex): EventItem[] {
  const classes = categoryClasses(index.dataset.categories);
  return index.events.map((event) => ({
    id: event.id,
    "event-id": event.id,
    start: event.date.start,
    ...(event.end ? { end: event.end.end, type: "range" as const } : { type: "box" as const }),
    className: classes.get(event.category) ?? "category-0",
  }));
}

/** vis-timeline background items: one band per period, behind the events. */
export interface PeriodItem {
  id: string;
  "period-id": string;
  start: Date;
  end: Date;
  type: "background";
  className: string;
  content: HTMLElement;
}

/** Band ids live beside event ids in one DataSet, so they carry a prefix. */
export const PERIOD_ITEM_PREFIX = "period:";

/** Periods as bands. One the sources leave open runs to `openEnd`, drawn as open. */
export function buildPeriodItems(index: DatasetIndex, openEnd: Date, selectedPeriodId: string | null): PeriodItem[] {
  const classes = categoryClasses(index.dataset.categories);
  return index.dataset.periods.map((period) => {
    const label = document.createElement("span");
    label.className = "period-label";
    label.lang = DATA_LANG;
    label.textContent = period.label;
    const classNames = ["period-band", (period.category && classes.get(period.category)) || "category-none"];
    if (!period.end) classNames.push("period-open");
    if (period.id === selectedPeriodId) classNames.push("period-selected");
    return {
      id: PERIOD_ITEM_PREFIX + period.id,
      "period-id": period.id,
      start: period.start.start,
      end: period.end ? period.end.end : new Date(Math.max(openEnd.getTime(), period.start.end.getTime())),
      type: "background",
      className: classNames.join(" "),
      content: label,
    };
  });
}

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** The window showing every event whole. Item boxes are centred on their dates,
 * so each side needs room for half a box: in time, that depends on the width in pixels. */
export function fullWindow(events: readonly TimelineEvent[], widthPx: number, halfItemPx = 90): TimeWindow {
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    first = Math.min(first, e.date.start.getTime());
    last = Math.max(last, (e.end ?? e.date).start.getTime());
  }
  const span = Math.max(last - first, 30 * DAY);
  // m px-per-ms ≥ halfItem with px-per-ms = width / (span + 2m)  ⇒  m ≥ halfItem·span / (width − 2·halfItem)
  // A hidden container (print, display:none) measures 0: plan for a narrow screen instead.
  const width = Math.max(widthPx, 320);
  const usable = Math.max(width - 2 * halfItemPx, width / 4);
  // Events closer together than `span` (one event, say) get centred in it.
  const pad = Math.max((halfItemPx * span) / usable, 15 * DAY) + (span - (last - first)) / 2;
  return { start: new Date(first - pad), end: new Date(last + pad) };
}

/** A closer window around one event: a sixth of the whole span, at least four months. */
export function focusWindow(event: TimelineEvent, whole: TimeWindow): TimeWindow {
  const span = Math.max((whole.end.getTime() - whole.start.getTime()) / 6, 120 * DAY);
  const startTime = event.date.start.getTime();
  const endTime = event.end ? event.end.end.getTime() : startTime;
  const half = Math.max(span, endTime - startTime + 60 * DAY) / 2;
  const centre = (startTime + endTime) / 2;
  return { start: new Date(centre - half), end: new Date(centre + half) };
}

/** The window showing a whole period, with a margin; an open period, from its start on. */
export function periodWindow(period: Period, whole: TimeWindow): TimeWindow {
  const start = period.start.start.getTime();
  const end = period.end ? period.end.end.getTime() : Math.max(whole.end.getTime(), start + 120 * DAY);
  const margin = Math.max((end - start) * 0.1, 30 * DAY);
  return { start: new Date(start - margin), end: new Date(end + margin) };
}

/** Above this many events, the timeline opens on its first few rather than all of them. */
export const LARGE_DATASET = 150;
const FIRST_WINDOW_EVENTS = 30;

/** The window the timeline opens on: around the event or period selected when the page opened,
 * else all of the shown events (or, in a large dataset, its first few). An event selected since
 * (in the preview) is brought into it if it lies outside. */
export function initialWindow(
  index: DatasetIndex,
  shown: readonly TimelineEvent[],
  opening: { selectedId: string | null; periodId: string | null },
  currentId: string | null,
  widthPx: number,
): TimeWindow {
  const whole = fullWindow(index.events, widthPx);
  const events = shown.length ? shown : index.events;
  const openingEvent = opening.selectedId ? index.eventById.get(opening.selectedId) : undefined;
  const openingPeriod = opening.periodId ? index.periodById.get(opening.periodId) : undefined;
  const current = currentId ? index.eventById.get(currentId) : undefined;
  const window = openingEvent
    ? focusWindow(openingEvent, whole)
    : openingPeriod
      ? periodWindow(openingPeriod, whole)
      : fullWindow(events.length > LARGE_DATASET ? events.slice(0, FIRST_WINDOW_EVENTS) : events, widthPx);
  const time = current?.date.start.getTime();
  if (current && (time! < window.start.getTime() || time! > window.end.getTime())) return focusWindow(current, whole);
  return window;
}

/** Geometry shared by the preview and the stylesheet: an item box, and the gaps around it. */
export const PREVIEW_BOX = { width: 188, height: 84, gap: 8, maxLanes: 5 } as const;

export interface PreviewItem {
  event: TimelineEvent;
  /** Position of the event's date across the window, 0–100 (left to right). */
  x: number;
  /** 0 is the row next to the axis. */
  lane: number;
}

/** Where the static preview (drawn before vis-timeline has loaded) puts each box: at its date,
 * stacked above the axis the way vis-timeline stacks them, the selected event first. Boxes that
 * would need more than `maxLanes` rows are left out: the real timeline shows them moments later. */
export function previewLayout(
  events: readonly TimelineEvent[],
  window: TimeWindow,
  widthPx: number,
  selectedId: string | null,
): PreviewItem[] {
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const inWindow = events.filter((e) => e.date.start.getTime() >= start && e.date.start.getTime() <= start + span);
  const selected = inWindow.find((e) => e.id === selectedId);
  const ordered = selected ? [selected, ...inWindow.filter((e) => e !== selected)] : inWindow;
  const placed: (PreviewItem & { px: number })[] = [];
  const width = Math.max(widthPx, 1);
  for (const event of ordered) {
    const x = ((event.date.start.getTime() - start) / span) * 100;
    const px = (x / 100) * width;
    const clear = (other: { px: number }) => Math.abs(other.px - px) >= PREVIEW_BOX.width + PREVIEW_BOX.gap;
    let lane = 0;
    while (lane < PREVIEW_BOX.maxLanes && !placed.filter((p) => p.lane === lane).every(clear)) lane++;
    if (lane < PREVIEW_BOX.maxLanes) placed.push({ event, x, lane, px });
  }
  return placed.map(({ event, x, lane }) => ({ event, x, lane }));
}

export interface AxisTick {
  date: Date;
  x: number;
  precision: "year" | "month";
}

/** Axis ticks for the preview: years over long windows, quarters or months over short ones. */
export function axisTicks(window: TimeWindow): AxisTick[] {
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const years = span / (365.25 * DAY);
  const monthStep = years >= 2.5 ? 12 : years >= 0.75 ? 3 : 1;
  const first = new Date(window.start.getFullYear(), 0, 1);
  const ticks: AxisTick[] = [];
  for (let month = 0; ; month += monthStep) {
    const date = new Date(first.getFullYear(), month, 1);
    if (date.getTime() > start + span) break;
    if (date.getTime() >= start) {
      ticks.push({
        date,
        x: ((date.getTime() - start) / span) * 100,
        precision: date.getMonth() === 0 && monthStep === 12 ? "year" : "month",
      });
    }
  }
  return ticks;
}
