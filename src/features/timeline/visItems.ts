import type { DatasetIndex } from "../../dataset/datasetIndex";
import { categoryClasses } from "../../lib/categoryClasses";
import type { TimelineEvent } from "../../dataset/schema";
import { formatDateRange } from "../../lib/dates";
import { DATA_LANG } from "../../lib/i18n/I18nContext";
import type { Language } from "../../lib/i18n/i18n";
import type { Crowd } from "./planView";

/** vis-timeline item data. `event-id` becomes the item element's `data-event-id`
 * through the `dataAttributes` option. The content is built only when vis-timeline first draws
 * the item (see `itemContentTemplate`). */
export interface EventItem {
  id: string;
  "event-id": string;
  start: Date;
  end?: Date;
  type: "box" | "range";
  className: string;
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
 * items (period bands, crowds) bring their own. */
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

/** The class that lifts an item into its lane (the stylesheet's `--lane`, see vite-plugins' item-box css). */
export const laneClass = (lane: number) => `lane-${lane}`;

export function eventItem(event: TimelineEvent, lane: number, categoryClass: ReadonlyMap<string, string>): EventItem {
  return {
    id: event.id,
    "event-id": event.id,
    start: event.date.start,
    ...(event.end ? { end: event.end.end, type: "range" as const } : { type: "box" as const }),
    className: `${categoryClass.get(event.category) ?? "category-0"} ${laneClass(lane)}`,
  };
}

/** A crowd (planView.ts) as a band over its stretch, naming how many events it holds; a
 * click on it opens it (the controller). */
export function crowdItem(crowd: Crowd, label: (count: number) => string) {
  const content = document.createElement("span");
  content.className = "crowd-label";
  content.textContent = label(crowd.count);
  return {
    id: crowd.id,
    "crowd-id": crowd.id,
    start: crowd.start,
    end: crowd.end,
    type: "range" as const,
    className: `event-crowd ${laneClass(crowd.lane)}`,
    content,
  };
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
