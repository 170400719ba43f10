// The explorer's opening view described once: the app draws these with React (ExplorerHeader,
// FilterBar, Intro, binding its handlers to their slots), and the page before the app
// (src/hydrate/firstPaint.ts) draws them into the DOM. Pure: no React, no stylesheet.
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { langOf, untranslatedLang } from "../../dataset/localise";
import type { Dataset } from "../../dataset/schema";
import { importNoticeText, type ImportNotice } from "../../dataset/importNotices";
import { embedDialogMarkup } from "../../features/embed/embedDialogMarkup";
import { languageSwitcherMarkup } from "../../features/language/languageMarkup";
import { categoryFilterMarkup, searchBoxMarkup } from "../../features/search/searchMarkup";
import type { SelectionLink } from "../../features/timeline/previewMarkup";
import { formatDateText } from "../../lib/dates";
import { DATA_LANG, type I18n } from "../../lib/i18n/i18n";
import type { MessageKey } from "../../lib/i18n/messages.en";
import { fragment, h, slot, type Markup } from "../../lib/markup";
import { notTranslatedMarkup } from "../../lib/notTranslatedMarkup";

export type View = "timeline" | "list" | "sources";
const VIEWS: { id: View; label: MessageKey }[] = [
  { id: "timeline", label: "viewTimeline" },
  { id: "list", label: "viewList" },
  { id: "sources", label: "viewSources" },
];

/** A dataset's text, and the mark where it is shown in its original. */
function datasetText(dataset: Dataset, field: "title" | "description", i18n: I18n): (Markup | string)[] {
  const text = dataset[field] ?? "";
  return untranslatedLang(dataset, field) !== null ? [text, " ", notTranslatedMarkup(i18n)] : [text];
}

export interface HeaderState {
  /** In the embed: a link to the full explorer (at `fullExplorerHref`), no description, no Embed control. */
  embed: boolean;
  fullExplorerHref: string;
  view: View;
  /** The "What's new" view is shown (`#/changes`), over the view chosen. */
  changes: boolean;
  menuOpen: boolean;
  /** Whether the Embed control offers the selected event's snippet. */
  forEvent: boolean;
}

/** The timeline's title and description, and the controls for the whole page: embed, view,
 * language, and on a phone and in the embed the Menu button that folds them and the categories away
 * (ExplorerHeader). Slots: `menu`, `embed`, `view:<view>`, `changes`, `languages`. */
export function explorerHeaderMarkup(dataset: Dataset, i18n: I18n, state: HeaderState): Markup {
  const { t, lang } = i18n;
  const { embed, view, changes } = state;
  return h("header", { class: state.menuOpen ? "app-header menu-open" : "app-header" }, [
    h("div", {}, [
      h("h1", { lang: langOf(dataset, "title"), dir: "auto" }, datasetText(dataset, "title", i18n)),
      dataset.updated
        ? h("p", { class: "app-updated", "data-testid": "timeline-updated" }, [
            h("time", { datetime: dataset.updated }, [t("timelineUpdated", { date: formatDateText(dataset.updated.slice(0, 10), lang) })]),
          ])
        : null,
      embed
        ? h("a", { class: "full-explorer-link", href: state.fullExplorerHref, target: "_blank", rel: "noopener" }, [
            t("openFullExplorer"),
            h("span", { "aria-hidden": "true" }, [" ↗"]),
            h("span", { class: "visually-hidden" }, [` ${t("opensInNewTab")}`]),
          ])
        : null,
      dataset.description && !embed
        ? h("p", { class: "app-description", lang: langOf(dataset, "description"), dir: "auto" }, datasetText(dataset, "description", i18n))
        : null,
    ]),
    // Before what it opens, so its controls open below it and follow it in the tab order.
    slot(
      "menu",
      h(
        "button",
        {
          type: "button",
          class: "menu-toggle",
          "aria-expanded": String(state.menuOpen),
          "aria-controls": "explorer-controls category-filter",
        },
        [t("menu")],
      ),
    ),
    h("div", { class: "header-actions", id: "explorer-controls" }, [
      embed ? null : slot("embed", embedDialogMarkup(i18n, state.forEvent, "idle")),
      h("div", { class: "view-switch", role: "group", "aria-label": t("views") }, [
        ...VIEWS.map(({ id, label }) =>
          slot(`view:${id}`, h("button", { type: "button", "aria-pressed": String(!changes && view === id) }, [t(label)], id)),
        ),
        slot("changes", h("button", { type: "button", "aria-pressed": String(changes), "data-testid": "whats-new" }, [t("viewChanges")])),
      ]),
      slot("languages", languageSwitcherMarkup(i18n)),
    ]),
  ]);
}

export interface FilterState {
  query: string;
  menuOpen: boolean;
  isOn: (categoryId: string) => boolean;
  /** Events per category under the current search. */
  counts: ReadonlyMap<string, number>;
  /** How many events the search and categories leave, where they leave out any. */
  matching: number | null;
  /** Drawn by the app: the summary carries the test id that tells a test the app has arrived. */
  byApp: boolean;
}

/** The search, the categories and what they leave (FilterBar); on a phone and in the embed the
 * categories fold behind the header's Menu. Slots: `search`, `categories`, `show-all`. */
export function filterBarMarkup(index: DatasetIndex, i18n: I18n, state: FilterState): Markup {
  const { t } = i18n;
  const { menuOpen, matching } = state;
  return h("div", { class: menuOpen ? "filters menu-open" : "filters" }, [
    slot("search", searchBoxMarkup(i18n, state.query)),
    slot("categories", categoryFilterMarkup(index, i18n, state.isOn, state.counts)),
    // Empty until a search: it takes its place in the row all the same.
    h("p", { class: "filter-summary", "aria-live": "polite", "data-testid": state.byApp ? "filter-summary" : undefined }, [
      matching !== null ? t("matchCount", { count: matching, total: index.events.length }) : "",
      matching ? slot("show-all", h("button", { type: "button", class: "link-button" }, [t("showAllEvents")])) : null,
    ]),
  ]);
}

/** What the detail panel shows before anything is selected (Intro). */
export function introMarkup(index: DatasetIndex, { t }: Pick<I18n, "t">, linkTo: SelectionLink): Markup {
  const first = index.events[0]!;
  return h("section", { class: "intro", "aria-labelledby": "intro-heading" }, [
    h("h2", { id: "intro-heading" }, [t("introHeading")]),
    h("p", {}, [
      `${t("introText", { events: index.events.length, sources: index.dataset.sources.length })} `,
      h("a", { href: linkTo("event", first.id), lang: langOf(first, "title"), dir: "auto" }, [first.title]),
    ]),
  ]);
}

/** The explorer's parts, drawn where the shell leaves room for them; the app draws its own. */
export interface ShellParts {
  header?: Markup;
  filters?: Markup;
  timeline?: Markup;
  detail?: Markup;
  notices?: Markup;
}

/** The dataset's own notes (in its language), then what an import left out or changed (media from
 * elsewhere, rows it could not read), in the reader's, above the timeline: the first paint draws
 * them too, so the timeline opens where it stays (Notices.tsx draws the same). */
export function importNotesMarkup(dataset: Dataset, notices: readonly ImportNotice[], { t, lang }: Pick<I18n, "t" | "lang">): Markup {
  const note = (text: string, key: string, textLang?: string) =>
    h("p", { class: "notice", role: "status", "data-testid": "import-note", lang: textLang }, [text], key);
  return fragment([
    ...dataset.notes.map((text) => note(text, text, DATA_LANG)),
    ...notices.map((notice) => note(importNoticeText(notice, t, lang), notice.code)),
  ]);
}

/** The explorer around its parts: the skip link, header, filters, notices, the timeline (or list)
 * beside the detail pane, the announcer (LoadedExplorer). Slots: `skip-link`, `header`,
 * `filters`, `notices`, `timeline`, `detail`, `announcer`, `after`. */
export function explorerShellMarkup({ t }: Pick<I18n, "t">, parts: ShellParts = {}): Markup {
  const part = (name: string, markup: Markup | undefined) => slot(name, markup ?? fragment([]));
  return fragment([
    slot("skip-link", h("a", { class: "skip-link", href: "#event-panel" }, [t("skipTimeline")])),
    part("header", parts.header),
    part("filters", parts.filters),
    part("notices", parts.notices),
    h("main", { class: "app-main" }, [
      slot("timeline", h("div", { class: "app-timeline" }, [parts.timeline ?? null])),
      part("detail", detailPaneMarkup(parts.detail)),
    ]),
    slot("announcer", h("p", { class: "visually-hidden", "aria-live": "polite", "data-testid": "announcer" })),
    part("after", undefined),
  ]);
}

/** The pane beside the timeline (DetailPane), holding the selected event or period, or the intro. Slot: `pane`. */
export function detailPaneMarkup(content?: Markup): Markup {
  return slot("pane", h("div", { class: "app-detail", id: "event-panel", tabindex: -1 }, [content ?? null]));
}
