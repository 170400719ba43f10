// A `?data=` file's opening view on a phone, drawn before the app: React, the app and their
// download (several times the file's own on a slow link) wait for the reader's first touch, as
// on a prerendered page. The file is read and checked by the app's own reader first: what shows
// is what the app will show, and a file the app would refuse is left to the app to explain.
import type { DatasetLoads } from "../dataset/datasetLoads";
import { buildIndex, type DatasetIndex } from "../dataset/datasetIndex";
import { langOf, localiseIndex } from "../dataset/localise";
import { decodeDataset, readDataset } from "../dataset/readDataset";
import { longestRange } from "../features/timeline/planView";
import { framePlannedFor } from "../features/timeline/itemBox";
import { previewMarkup, type SelectionLink } from "../features/timeline/previewMarkup";
import { CATALOGUES, LANGUAGES, localizeDigits, makeI18n, resolveLanguage, type I18n } from "../lib/i18n/i18n";
import { categoryClasses } from "../lib/categoryClasses";
import { h, toDom, type Markup } from "../lib/markup";
import { selectionLink } from "../url/urlState";
import { latestEvent, latestUpdate, openingOf, updateMark } from "../dataset/eventUpdates";
import type { TimelineEvent } from "../dataset/schema";
import { formatDateRange, formatDateText } from "../lib/dates";

/** Past this size, reading and checking the file is work a phone should not do before the app
 * that shows its progress: the app loads at once. */
export const FIRST_PAINT_MAX_BYTES = 1 << 20;

/** A dataset the first paint has read and drawn, for the app to take over. */
export interface PaintedDataset {
  url: string;
  label: string;
  index: DatasetIndex;
}

/** Draws the opening view of the dataset at `url` into `root`, in the language the address and
 * the browser ask for, once its fetch (begun by the page's entry) is in and read; resolves to the
 * dataset's index for the app to take over, or to null where the app should start now: a file too
 * large, one that fails to load or to read. */
export async function paintDataset(
  root: HTMLElement,
  loads: DatasetLoads,
  url: string,
  label: string,
  langParam: string | null,
  openingParam: "whole" | "latest" | null = null,
): Promise<DatasetIndex | null> {
  const i18n = makeI18n(resolveLanguage(langParam, navigator.languages ?? [navigator.language]));
  const { t } = i18n;
  document.documentElement.lang = i18n.lang;
  document.documentElement.dir = i18n.dir;
  root.replaceChildren(
    toDom(h("div", { class: "app" }, [h("div", { class: "loading", role: "status" }, [h("p", {}, [t("loading", { label })])])])),
  );
  const fetched = await untilTooLarge(loads, url, loads.peek(url));
  if (!fetched || !("bytes" in fetched) || fetched.bytes.length > FIRST_PAINT_MAX_BYTES) return null;
  let index: DatasetIndex;
  try {
    index = buildIndex((await readDataset(decodeDataset(fetched.bytes, label), label)).dataset);
  } catch {
    return null;
  }
  // Read: the app takes the dataset from here, not from the fetch, which lets go of its bytes.
  loads.release(url);
  const shown = localiseIndex(index, i18n.lang);
  drawOpeningView(root, shown, i18n, openingOf(index.dataset.opening, openingParam) === "latest" ? latestEvent(shown.events) : undefined);
  return index;
}

/** The fetch, unless the file turns out larger than a first paint should read (then null). */
function untilTooLarge<T>(loads: DatasetLoads, url: string, fetching: Promise<T> | undefined): Promise<T | null> {
  if (!fetching) return Promise.resolve(null);
  return new Promise((resolve) => {
    const unsubscribe = loads.subscribe(() => {
      const progress = loads.progressOf(url);
      if (progress && Math.max(progress.bytes, progress.totalBytes ?? 0) > FIRST_PAINT_MAX_BYTES) finish(null);
    });
    const finish = (value: T | null) => {
      unsubscribe();
      resolve(value);
    };
    fetching.then(finish, () => finish(null));
  });
}

/** The explorer's opening view, as the app draws it on a phone: title, search box and menu, the
 * timeline's first paint, and the introduction in place of an event. */
function drawOpeningView(root: HTMLElement, index: DatasetIndex, i18n: I18n, selected: TimelineEvent | undefined) {
  const linkTo = (kind: "event" | "period", id: string) => selectionLink(location.href, kind, id);
  root.replaceChildren(toDom(openingViewMarkup(index, i18n, linkTo, selected)));
  // The frame laid out, the plan is for its width and the lanes the screen has room for.
  const timeline = root.querySelector<HTMLElement>("[data-testid=timeline]")!;
  const preview = previewMarkup({
    index,
    events: index.events,
    selectedId: selected?.id ?? null,
    opening: { selectedId: selected?.id ?? null, periodId: null },
    frame: framePlannedFor(timeline, false),
    longest: longestRange(index.events),
    choice: false,
    i18n,
    linkTo,
    linksInTabOrder: false,
  });
  timeline.append(toDom(h("div", { class: "timeline-preview", "data-testid": "timeline-preview" }, [preview])));
}

/** The opening view's markup around the timeline's frame (left empty: its plan needs the frame's
 * width), with the controls the app will answer (inert until it has started, a tap on one held for
 * it). It is the markup the app's own components draw (ExplorerHeader, FilterBar, TimelinePanel,
 * Intro, their controls): site/render/openingView.test.ts holds the two equal. */
export function openingViewMarkup(index: DatasetIndex, i18n: I18n, linkTo: SelectionLink, selected?: TimelineEvent): Markup {
  const { t } = i18n;
  const { dataset, events } = index;
  return h("div", { class: "app" }, [
    h("a", { class: "skip-link", href: "#event-panel" }, [t("skipTimeline")]),
    h("header", { class: "app-header" }, [
      h("div", {}, [
        h("h1", { lang: langOf(dataset, "title"), dir: "auto" }, [dataset.title]),
        dataset.updated
          ? h("p", { class: "app-updated", "data-testid": "timeline-updated" }, [
              h("time", { datetime: dataset.updated }, [
                t("timelineUpdated", { date: formatDateText(dataset.updated.slice(0, 10), i18n.lang) }),
              ]),
            ])
          : null,
        dataset.description
          ? h("p", { class: "app-description", lang: langOf(dataset, "description"), dir: "auto" }, [dataset.description])
          : null,
      ]),
      headerActions(i18n),
    ]),
    h("div", { class: "filters" }, [
      h("div", { class: "search-box", role: "search" }, [
        h("label", { for: "search-input", class: "visually-hidden" }, [t("searchLabel")]),
        h("input", {
          id: "search-input",
          type: "search",
          placeholder: t("searchPlaceholder"),
          maxlength: 200,
          autocomplete: "off",
          value: "",
        }),
      ]),
      h(
        "button",
        { type: "button", class: "menu-toggle", "aria-expanded": "false", "aria-controls": "explorer-controls category-filter" },
        [t("menu")],
      ),
      legend(index, i18n),
      // The app's summary of a search, empty here: it takes its place in the row all the same.
      h("p", { class: "filter-summary", "aria-live": "polite" }),
    ]),
    h("main", { class: "app-main" }, [
      h("div", { class: "app-timeline" }, [timelinePanel(dataset.title, i18n)]),
      h("div", { class: "app-detail", id: "event-panel", tabindex: -1 }, [
        selected
          ? eventSummary(selected, i18n)
          : h("section", { class: "intro", "aria-labelledby": "intro-heading" }, [
              h("h2", { id: "intro-heading" }, [t("introHeading")]),
              h("p", {}, [
                `${t("introText", { events: events.length, sources: dataset.sources.length })} `,
                h("a", { href: linkTo("event", events[0]!.id), lang: langOf(events[0]!, "title"), dir: "auto" }, [events[0]!.title]),
              ]),
            ]),
      ]),
    ]),
    h("p", { class: "visually-hidden", "aria-live": "polite", "data-testid": "announcer" }),
  ]);
}

/** ExplorerHeader's controls: embed (its dialog closed), the views, the languages. */
function headerActions({ t, lang }: I18n): Markup {
  const pressed = (on: boolean) => (on ? "true" : "false");
  return h("div", { class: "header-actions", id: "explorer-controls" }, [
    h("button", { type: "button", "aria-haspopup": "dialog" }, [t("embed")]),
    h("dialog", { class: "embed-dialog", "aria-labelledby": "embed-dialog-title" }, [
      h("h2", { id: "embed-dialog-title" }, [t("embedHeading")]),
      h("p", {}, [t("embedIntroAll")]),
      h("label", { for: "embed-snippet" }, [t("embedCode")]),
      h("textarea", { dir: "ltr", lang: "en", id: "embed-snippet", readonly: "", rows: 12, spellcheck: "false" }),
      h("div", { class: "embed-dialog-actions" }, [
        h("button", { type: "button" }, [t("copyCode")]),
        h("span", { "aria-live": "polite", class: "embed-copy-state" }),
        h("button", { type: "button" }, [t("close")]),
      ]),
    ]),
    h("div", { class: "view-switch", role: "group", "aria-label": t("views") }, [
      ...(["viewTimeline", "viewList", "viewSources"] as const).map((view) =>
        h("button", { type: "button", "aria-pressed": pressed(view === "viewTimeline") }, [t(view)]),
      ),
      h("button", { type: "button", "aria-pressed": "false", "data-testid": "whats-new" }, [t("viewChanges")]),
    ]),
    h(
      "div",
      { class: "language-switcher", role: "group", "aria-label": t("languageSwitcher") },
      LANGUAGES.map((code) =>
        h("button", { type: "button", lang: code, "aria-pressed": pressed(code === lang) }, [CATALOGUES[code].languageName]),
      ),
    ),
  ]);
}

/** CategoryFilter: every category shown, with its count. */
function legend(index: DatasetIndex, { t, lang }: I18n): Markup {
  const { categories } = index.dataset;
  const classes = categoryClasses(categories);
  const counts = new Map<string, number>();
  for (const event of index.events) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  return h(
    "div",
    { class: "legend", id: "category-filter", role: "group", "aria-label": t("categoriesFilter") },
    categories.map((category) =>
      h("button", { type: "button", class: "legend-toggle", "aria-pressed": "true" }, [
        h("span", { class: `legend-swatch ${classes.get(category.id)}`, "aria-hidden": "true" }),
        h("span", { lang: langOf(category, "label"), dir: "auto" }, [category.label]),
        " ",
        h("span", { class: "legend-count" }, [`(${localizeDigits(String(counts.get(category.id) ?? 0), lang)})`]),
      ]),
    ),
  );
}

/** TimelinePanel's frame (empty), hint and zoom controls (which wait for vis-timeline). */
function timelinePanel(title: string, { t }: I18n): Markup {
  return h("section", { class: "timeline-panel", "aria-labelledby": "timeline-heading" }, [
    h("h2", { id: "timeline-heading", class: "visually-hidden" }, [t("timelineHeading")]),
    h("div", {
      class: "timeline",
      "data-testid": "timeline",
      tabindex: 0,
      role: "group",
      "aria-label": t("timelineLabel", { title }),
      "aria-describedby": "timeline-hint",
    }),
    h("div", { class: "timeline-toolbar" }, [
      h("p", { class: "timeline-hint", id: "timeline-hint" }, [
        h("span", { class: "hint-pointer" }, [t("timelineHint")]),
        h("span", { class: "hint-touch" }, [t("timelineHintTouch")]),
      ]),
      h("div", { class: "timeline-zoom", role: "group", "aria-label": t("zoom") }, [
        h("button", { type: "button", "aria-label": t("zoomIn"), disabled: "" }, ["+"]),
        h("button", { type: "button", "aria-label": t("zoomOut"), disabled: "" }, ["−"]),
        h("button", { type: "button", disabled: "" }, [t("showAll")]),
      ]),
    ]),
  ]);
}

/** Where focus is on a control of the first paint (the search box) as the app replaces it, it
 * moves to the app's own control of the same id. Call it as the reader wakes the app: a tap
 * wakes it before the control it lands on is focused. */
export function handOverFocus(root: HTMLElement): void {
  const focusedId = () => {
    const focused = document.activeElement;
    return focused instanceof HTMLElement && root.contains(focused) && focused.id ? focused.id : null;
  };
  let last = focusedId();
  const onFocus = () => (last = focusedId() ?? last);
  document.addEventListener("focusin", onFocus);
  const painted = root.firstChild;
  const observer = new MutationObserver(() => {
    if (painted?.isConnected) return;
    observer.disconnect();
    document.removeEventListener("focusin", onFocus);
    // Unless the reader has moved on meanwhile.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (last && lost) document.getElementById(last)?.focus();
  });
  observer.observe(root, { childList: true });
}

/** An event opened on (the latest, where the timeline opens so): its date, with its latest update's
 * mark, its title and its summary, as the app's detail begins. */
function eventSummary(event: TimelineEvent, { t, lang }: I18n): Markup {
  const update = latestUpdate(event);
  return h("article", { class: "event-detail", "data-testid": "event-detail", "data-event-id": event.id }, [
    h("header", { class: "event-header" }, [
      h("p", { class: "event-date" }, [
        h("time", { datetime: event.end ? `${event.date.text}/${event.end.text}` : event.date.text }, [
          event.displayDate ?? formatDateRange(event.date, event.end, lang),
        ]),
        update
          ? h("span", { class: "event-mark", "data-testid": "update-mark", "data-kind": update.kind }, [updateMark(update, t, lang)])
          : null,
      ]),
      h("h2", { id: "event-detail-title", tabindex: -1, lang: langOf(event, "title"), dir: "auto" }, [event.title]),
    ]),
    h("p", { class: "event-summary", lang: langOf(event, "summary"), dir: "auto" }, [event.summary]),
  ]);
}
