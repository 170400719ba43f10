// A `?data=` file's opening view on a phone, drawn before the app: React, the app and their
// download (several times the file's own on a slow link) wait for the reader's first touch, as
// on a prerendered page. The file is read and checked by the app's own reader first: what shows
// is what the app will show, and a file the app would refuse is left to the app to explain.
import type { DatasetLoads } from "../dataset/datasetLoads";
import { buildIndex, type DatasetIndex } from "../dataset/datasetIndex";
import { digestReady, langOf, localiseIndex } from "../dataset/localise";
import { textDigestIfLoaded } from "../lib/textDigestLoader";
import { decodeDataset, readDataset } from "../dataset/readDataset";
import { longestRange } from "../features/timeline/planView";
import { framePlannedFor } from "../features/timeline/itemBox";
import { previewMarkup, type SelectionLink } from "../features/timeline/previewMarkup";
import { loadLanguage, makeI18n, resolveLanguage, type I18n } from "../lib/i18n/i18n";
import { h, toDom, type Markup } from "../lib/markup";
import { selectionLink } from "../url/urlState";
import { latestEvent, latestUpdate, openingOf, updateMark } from "../dataset/eventUpdates";
import type { TimelineEvent } from "../dataset/schema";
import { formatDateRange } from "../lib/dates";
import { explorerHeaderMarkup, explorerShellMarkup, filterBarMarkup, importNotesMarkup, introMarkup } from "../app/explorer/explorerMarkup";
import { categoryCounts } from "../features/search/searchMarkup";
import { timelineFrameMarkup } from "../features/timeline/timelineFrameMarkup";

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
  // The reader's language alone: its messages and date locale are a chunk of their own.
  const lang = resolveLanguage(langParam, navigator.languages ?? [navigator.language]);
  await loadLanguage(lang);
  const i18n = makeI18n(lang);
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
    const { dataset, notices } = await readDataset(decodeDataset(fetched.bytes, label), label);
    index = buildIndex(dataset, { notices });
  } catch {
    return null;
  }
  // Read: the app takes the dataset from here, not from the fetch, which lets go of its bytes.
  loads.release(url);
  // The digest that tells an outdated translation (SHA-256) is code of its own, loaded where it is needed.
  await digestReady(index);
  const shown = localiseIndex(index, i18n.lang, textDigestIfLoaded());
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
 * it): the app's own description of each part (explorerMarkup.ts, timelineFrameMarkup.ts), as it
 * draws them before anything is selected. site/render/openingView.test.ts holds the two drawings equal. */
export function openingViewMarkup(index: DatasetIndex, i18n: I18n, linkTo: SelectionLink, selected?: TimelineEvent): Markup {
  const { dataset } = index;
  const header = { embed: false, fullExplorerHref: "", view: "timeline", changes: false, menuOpen: false, forEvent: false } as const;
  const filters = { query: "", menuOpen: false, isOn: () => true, counts: categoryCounts(index), matching: null, byApp: false };
  return h("div", { class: "app" }, [
    explorerShellMarkup(i18n, {
      header: explorerHeaderMarkup(dataset, i18n, header),
      filters: filterBarMarkup(index, i18n, filters),
      notices: importNotesMarkup(dataset, index.notices, i18n),
      timeline: timelineFrameMarkup(i18n, dataset.title, false),
      detail: selected ? eventSummary(selected, i18n) : introMarkup(index, i18n, linkTo),
    }),
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
