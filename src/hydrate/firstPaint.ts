// A `?data=` file's opening view on a phone, drawn before the app: React, the app and their
// download (several times the file's own on a slow link) wait for the reader's first touch, as
// on a prerendered page. The file is read and checked by the app's own reader first: what shows
// is what the app will show, and a file the app would refuse is left to the app to explain.
import { peekFetch, takeFetch } from "../dataset/datasetFetch";
import { buildIndex, type DatasetIndex } from "../dataset/datasetIndex";
import { langOf, localiseIndex } from "../dataset/localise";
import { subscribeToProgress, progressOf } from "../dataset/loadProgress";
import { decodeDataset, readDataset } from "../dataset/readDataset";
import { longestRange } from "../features/timeline/planView";
import { framePlannedFor } from "../features/timeline/itemBox";
import { previewMarkup } from "../features/timeline/previewMarkup";
import { makeI18n, resolveLanguage, type I18n } from "../lib/i18n/i18n";
import { h, toDom } from "../lib/markup";
import { selectionLink } from "../url/urlState";

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
export async function paintDataset(root: HTMLElement, url: string, label: string, langParam: string | null): Promise<DatasetIndex | null> {
  const i18n = makeI18n(resolveLanguage(langParam, navigator.languages ?? [navigator.language]));
  const { t } = i18n;
  document.documentElement.lang = i18n.lang;
  document.documentElement.dir = i18n.dir;
  root.replaceChildren(
    toDom(h("div", { class: "app" }, [h("div", { class: "loading", role: "status" }, [h("p", {}, [t("loading", { label })])])])),
  );
  const fetched = await untilTooLarge(url, peekFetch(url));
  if (!fetched || !("bytes" in fetched) || fetched.bytes.length > FIRST_PAINT_MAX_BYTES) return null;
  let index: DatasetIndex;
  try {
    index = buildIndex((await readDataset(decodeDataset(fetched.bytes, label), label)).dataset);
  } catch {
    return null;
  }
  // Read: the app takes the dataset from here, not from the fetch, which lets go of its bytes.
  void takeFetch(url, label, { onProgress: () => {} });
  drawOpeningView(root, localiseIndex(index, i18n.lang), i18n);
  return index;
}

/** The fetch, unless the file turns out larger than a first paint should read (then null). */
function untilTooLarge<T>(url: string, fetching: Promise<T> | undefined): Promise<T | null> {
  if (!fetching) return Promise.resolve(null);
  return new Promise((resolve) => {
    const unsubscribe = subscribeToProgress(() => {
      const progress = progressOf(url);
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
function drawOpeningView(root: HTMLElement, index: DatasetIndex, i18n: I18n) {
  const { t } = i18n;
  const { dataset, events } = index;
  const linkTo = (kind: "event" | "period", id: string) => selectionLink(location.href, kind, id);
  const frame = h("div", {
    class: "timeline",
    "data-testid": "timeline",
    tabindex: 0,
    role: "group",
    "aria-label": t("timelineLabel", { title: dataset.title }),
    "aria-describedby": "timeline-hint",
  });
  const view = h("div", { class: "app" }, [
    h("header", { class: "app-header" }, [h("div", {}, [h("h1", { lang: langOf(dataset, "title"), dir: "auto" }, [dataset.title])])]),
    h("div", { class: "filters" }, [
      h("div", { class: "search-box", role: "search" }, [
        h("label", { for: "search-input", class: "visually-hidden" }, [t("searchLabel")]),
        h("input", { id: "search-input", type: "search", placeholder: t("searchPlaceholder"), maxlength: 200, autocomplete: "off" }),
      ]),
      h("button", { type: "button", class: "menu-toggle", "aria-expanded": "false" }, [t("menu")]),
      // The app's summary of a search, empty here: it takes its place in the row all the same.
      h("p", { class: "filter-summary" }),
    ]),
    h("main", { class: "app-main" }, [
      h("div", { class: "app-timeline" }, [
        h("section", { class: "timeline-panel", "aria-labelledby": "timeline-heading" }, [
          h("h2", { id: "timeline-heading", class: "visually-hidden" }, [t("timelineHeading")]),
          frame,
          h("div", { class: "timeline-toolbar" }, [
            h("p", { class: "timeline-hint", id: "timeline-hint" }, [
              h("span", { class: "hint-pointer" }, [t("timelineHint")]),
              h("span", { class: "hint-touch" }, [t("timelineHintTouch")]),
            ]),
          ]),
        ]),
      ]),
      h("div", { class: "app-detail" }, [
        h("section", { class: "intro", "aria-labelledby": "intro-heading" }, [
          h("h2", { id: "intro-heading" }, [t("introHeading")]),
          h("p", {}, [
            `${t("introText", { events: events.length, sources: dataset.sources.length })} `,
            h("a", { href: linkTo("event", events[0]!.id), lang: langOf(events[0], "title"), dir: "auto" }, [events[0]!.title]),
          ]),
        ]),
      ]),
    ]),
  ]);
  root.replaceChildren(toDom(view));
  // The frame laid out, the plan is for its width and the lanes the screen has room for.
  const timeline = root.querySelector<HTMLElement>("[data-testid=timeline]")!;
  const preview = previewMarkup({
    index,
    events,
    selectedId: null,
    opening: { selectedId: null, periodId: null },
    frame: framePlannedFor(timeline, false),
    longest: longestRange(events),
    choice: false,
    i18n,
    linkTo,
    linksInTabOrder: false,
  });
  timeline.append(toDom(h("div", { class: "timeline-preview", "data-testid": "timeline-preview" }, [preview])));
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
