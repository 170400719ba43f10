import { useEffect, useRef, useState } from "react";
import { useDataset } from "../features/dataset/datasetQuery";
import { DatasetErrorView } from "../features/dataset/DatasetErrorView";
import { DatasetLoading } from "../features/dataset/DatasetLoading";
import type { DatasetIndex } from "../features/dataset/datasetIndex";
import { EmbedDialog } from "../features/embed/EmbedDialog";
import { fullExplorerUrl } from "../features/embed/embedSnippet";
import { useSelectionBridge } from "../features/embed/useEmbedBridge";
import { EventDetail } from "../features/event/EventDetail";
import { PeriodDetail } from "../features/period/PeriodDetail";
import { PeriodLinks } from "../features/period/PeriodLinks";
import { EventList } from "../features/list/EventList";
import { PrintDigest } from "../features/list/PrintDigest";
import { TimelinePanel } from "../features/timeline/TimelinePanel";
import { CategoryFilter } from "../features/search/CategoryFilter";
import { SearchTermsContext } from "../features/search/Highlight";
import { SearchBox } from "../features/search/SearchBox";
import { useEventFilter } from "../features/search/useEventFilter";
import { SourceBrowser } from "../features/sources/SourceBrowser";
import { clearFilters, selectEvent, selectPeriod, setCategories, setQuery } from "../features/url/navigation";
import { formatDateRange, formatPeriodDates } from "../lib/dates";
import { DATA_LANG, useI18n } from "../lib/i18n/I18nContext";
import type { MessageKey } from "../lib/i18n/messages.en";
import { LanguageSwitcher } from "../features/language/LanguageSwitcher";
import { focusAsInput } from "../lib/inputModality";
import { useIsHydrating } from "../lib/useIsHydrating";
import { Intro } from "./Intro";

/** What the URL says about the view of a loaded dataset. */
export interface ViewState {
  selectedId: string | null;
  periodId: string | null;
  embed: boolean;
  query: string;
  categories: string[] | null;
}

interface ExplorerProps {
  url: string;
  label: string;
  offerDefault: boolean;
  view: ViewState;
}

export function Explorer({ url, label, offerDefault, view }: ExplorerProps) {
  const query = useDataset(url, label);
  if (query.isPending) return <DatasetLoading url={url} label={label} />;
  if (query.isError) return <DatasetErrorView error={query.error} onRetry={() => void query.refetch()} offerDefault={offerDefault} />;
  return <LoadedExplorer index={query.data} {...view} />;
}

type View = "timeline" | "list" | "sources";
const VIEWS: { id: View; label: MessageKey }[] = [
  { id: "timeline", label: "viewTimeline" },
  { id: "list", label: "viewList" },
  { id: "sources", label: "viewSources" },
];

export function LoadedExplorer({ index, selectedId, periodId, embed, query, categories }: ViewState & { index: DatasetIndex }) {
  const [view, setView] = useState<View>("timeline");
  // On a phone and in the embed, the controls fold behind one Menu button (see app.css).
  const [menuOpen, setMenuOpen] = useState(false);
  const selected = selectedId ? index.eventById.get(selectedId) : undefined;
  const period = periodId ? index.periodById.get(periodId) : undefined;
  const unknownId = (selectedId !== null && !selected) || (periodId !== null && !period);
  const filter = useEventFilter(index, query, categories, selected?.id ?? null);
  const { t, lang } = useI18n();
  const { dataset } = index;
  useSelectionBridge(embed, index, selected?.id ?? null);
  const detailRef = useRef<HTMLDivElement>(null);
  useKeepFocus(detailRef, selected?.id ?? period?.id ?? null);

  const subjectTitle = selected?.title ?? period?.label;
  useEffect(() => {
    document.title = subjectTitle ? `${subjectTitle} · ${dataset.title}` : dataset.title;
  }, [subjectTitle, dataset.title]);

  return (
    <>
      {/* Not a plain #fragment link: the hash holds the selection. */}
      <a
        className="skip-link"
        href="#event-panel"
        onClick={(e) => {
          e.preventDefault();
          detailRef.current?.focus();
        }}
      >
        {t("skipTimeline")}
      </a>
      <header className={menuOpen ? "app-header menu-open" : "app-header"}>
        <div>
          <h1 lang={DATA_LANG} dir="auto">
            {dataset.title}
          </h1>
          {embed && (
            <a className="full-explorer-link" href={fullExplorerUrl(window.location.href)} target="_blank" rel="noopener">
              {t("openFullExplorer")}
              <span aria-hidden="true"> ↗</span>
              <span className="visually-hidden"> {t("opensInNewTab")}</span>
            </a>
          )}
          {dataset.description && !embed && (
            <p className="app-description" lang={DATA_LANG} dir="auto">
              {dataset.description}
            </p>
          )}
        </div>
        <div className="header-actions" id="explorer-controls">
          {!embed && (
            <EmbedDialog eventId={selected?.id ?? null} title={selected ? `${selected.title} · ${dataset.title}` : dataset.title} />
          )}
          <div className="view-switch" role="group" aria-label={t("views")}>
            {VIEWS.map(({ id, label }) => (
              <button key={id} type="button" aria-pressed={view === id} onClick={() => setView(id)}>
                {t(label)}
              </button>
            ))}
          </div>
          <LanguageSwitcher />
        </div>
      </header>
      <div className={menuOpen ? "filters menu-open" : "filters"}>
        <SearchBox query={query} onChange={setQuery} />
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="explorer-controls category-filter"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t("menu")}
        </button>
        <CategoryFilter index={index} active={categories} counts={filter.counts} onChange={setCategories} />
        <p className="filter-summary" aria-live="polite" data-testid="filter-summary">
          {filter.active ? t("matchCount", { matching: filter.matching.length, total: index.events.length }) : ""}
          {filter.active && filter.matching.length > 0 && (
            <button type="button" className="link-button" onClick={clearFilters}>
              {t("showAllEvents")}
            </button>
          )}
        </p>
      </div>
      {filter.matching.length === 0 && (
        <div className="notice" role="status" data-testid="no-match">
          <p>{query.trim() ? t("noMatchQuery", { query: truncate(query, 80) }) : t("noMatch")}</p>
          <button type="button" onClick={clearFilters}>
            {t("clearFilters")}
          </button>
        </div>
      )}
      {selected && filter.selectedHidden && (
        <p className="notice" role="status" data-testid="hidden-selection">
          {t("hiddenSelection", { title: selected.title })}{" "}
          <button type="button" className="link-button" onClick={clearFilters}>
            {t("clearThem")}
          </button>
        </p>
      )}
      {unknownId && (
        <p className="notice" role="status" data-testid="notice">
          {t(periodId !== null ? "unknownPeriod" : "unknownEvent", { id: truncate((periodId ?? selectedId)!, 80) })}
        </p>
      )}
      {dataset.notes.map((note) => (
        <p key={note} className="notice" role="status" data-testid="import-note" lang={DATA_LANG}>
          {note}
        </p>
      ))}
      <SearchTermsContext.Provider value={filter.terms}>
        <main className="app-main">
          <div className="app-timeline">
            {view === "timeline" && (
              <TimelinePanel
                index={index}
                events={filter.shown}
                selectedId={selected?.id ?? null}
                onSelect={selectEvent}
                selectedPeriodId={period?.id ?? null}
                onSelectPeriod={selectPeriod}
                compact={embed}
              />
            )}
            <PeriodLinks index={index} selectedPeriodId={period?.id ?? null} />
            {view === "list" && <EventList events={filter.shown} selectedId={selected?.id ?? null} />}
            {view === "sources" && <SourceBrowser index={index} />}
          </div>
          <div className="app-detail" id="event-panel" tabIndex={-1} ref={detailRef}>
            {selected ? (
              <EventDetail key={selected.id} index={index} event={selected} collapsibleSources={embed} />
            ) : period ? (
              <PeriodDetail key={period.id} index={index} period={period} collapsibleSources={embed} />
            ) : (
              <Intro index={index} />
            )}
          </div>
        </main>
      </SearchTermsContext.Provider>
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {selected
          ? t("announceEvent", { title: selected.title, date: formatDateRange(selected.date, selected.end, lang) })
          : period
            ? t("announcePeriod", { title: period.label, date: formatPeriodDates(period, lang) })
            : ""}
      </p>
      <PrintDigest index={index} />
    </>
  );
}

/** When a selection removes the focused element (a link in the old event's source
 * panel), focus would fall to the page: put it on the new event's heading instead.
 * Not on the first render, nor on the one after hydrating a prerendered page, which only
 * catches up with the address: nobody had selected anything. */
function useKeepFocus(detailRef: React.RefObject<HTMLDivElement | null>, selectedId: string | null) {
  const settled = useRef(false);
  const hydrating = useIsHydrating();
  useEffect(() => {
    if (!settled.current) {
      settled.current = !hydrating;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const heading = detailRef.current?.querySelector<HTMLElement>("h2[tabindex='-1']") ?? detailRef.current;
    if (heading) focusAsInput(heading);
  }, [detailRef, selectedId, hydrating]);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
