import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from "react";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { Period, TimelineEvent } from "../../dataset/schema";
import { useDataset, useDatasetChecking, useDatasetRefusal } from "../../dataset/datasetQuery";
import { latestEvent, openingOf } from "../../dataset/eventUpdates";
import { langOf, localiseIndex } from "../../dataset/localise";
import { textDigestIfLoaded } from "../../lib/textDigestLoader";
import { ChangesView } from "../../features/changes/ChangesView";
import { useSelectionBridge } from "../../features/embed/useEmbedBridge";
import { EventList } from "../../features/list/EventList";
import { PrintDigest } from "../../features/list/PrintDigest";
import { DatasetErrorView } from "../../features/loading/DatasetErrorView";
import { DatasetLoading } from "../../features/loading/DatasetLoading";
import { PeriodLinks } from "../../features/period/PeriodLinks";
import { useEventFilter } from "../../features/search/useEventFilter";
import { SourceBrowser } from "../../features/sources/SourceBrowser";
import { TimelinePanel } from "../../features/timeline/TimelinePanel";
import { formatDateRange, formatPeriodDates } from "../../lib/dates";
import { SearchTermsContext } from "../../lib/Highlight";
import { useI18n } from "../../lib/i18n/I18nContext";
import type { Language, Translate } from "../../lib/i18n/i18n";
import { aroundValue } from "../../lib/i18n/messageParts";
import { toReact, type SlotProps } from "../../lib/markupReact";
import { pageTitle } from "../../lib/pageTitle";
import { selectEvent, selectPeriod } from "../../url/navigation";
import { DetailPane } from "./DetailPane";
import { ExplorerHeader, type View } from "./ExplorerHeader";
import { explorerShellMarkup } from "./explorerMarkup";
import { FilterBar } from "./FilterBar";
import { Notices } from "./Notices";
import { CheckingNotice } from "./CheckingNotice";
import { RefreshNotice } from "./RefreshNotice";
import { useDatasetRefresh } from "./useDatasetRefresh";
import { useMenu } from "./useMenu";

/** What the URL says about the view of a loaded dataset. */
export interface ViewState {
  selectedId: string | null;
  periodId: string | null;
  embed: boolean;
  query: string;
  categories: string[] | null;
  /** `#/changes`: the "What's new" view. */
  changes?: boolean;
  /** `?opening=`: the opening view asked for, over the dataset's own. */
  opening?: "whole" | "latest" | null;
}

interface ExplorerProps {
  url: string;
  label: string;
  offerDefault: boolean;
  view: ViewState;
}

export function Explorer({ url, label, offerDefault, view }: ExplorerProps) {
  const query = useDataset(url, label);
  const refusal = useDatasetRefusal(query.data);
  if (query.isPending) return <DatasetLoading url={url} label={label} />;
  if (query.isError || refusal)
    return (
      <DatasetErrorView
        error={refusal ?? query.error!}
        onRetry={() => void query.refetch()}
        offerDefault={offerDefault}
        shownWhileChecking={refusal !== null}
      />
    );
  return <RefreshingExplorer url={url} label={label} index={query.data} view={view} />;
}

/** The explorer of a loaded dataset that checks for newer versions of its file, and says so; and,
 * while its file's full check runs, that too. */
function RefreshingExplorer({ url, label, index, view }: { url: string; label: string; index: DatasetIndex; view: ViewState }) {
  const { pending, accept } = useDatasetRefresh(url, label, index);
  const checking = useDatasetChecking(index);
  // One floating notice at a time: a newer version is checked in full before it is offered.
  const notice = pending ? <RefreshNotice pending={pending} onAccept={accept} /> : checking ? <CheckingNotice /> : null;
  return <LoadedExplorer index={index} {...view} refreshNotice={notice} />;
}

export function LoadedExplorer({
  index: original,
  selectedId: askedId,
  periodId,
  embed,
  query,
  categories,
  changes = false,
  opening = null,
  refreshNotice,
}: ViewState & { index: DatasetIndex; refreshNotice?: ReactNode }) {
  const { t, lang } = useI18n();
  // Every text in the reader's language, resolved once for all the views.
  const index = useMemo(() => localiseIndex(original, lang, textDigestIfLoaded()), [original, lang]);
  const { selected, period, unknown } = useSelection(index, askedId, periodId, opening);
  const [view, setView] = useState<View>("timeline");
  // On a phone and in the embed, the controls fold behind one Menu button (see app.css).
  const menu = useMenu();
  const filter = useEventFilter(index, query, categories, selected?.id ?? null);
  const { dataset } = index;
  useSelectionBridge(embed, index, selected?.id ?? null);
  const detailRef = useRef<HTMLDivElement>(null);

  const subjectTitle = selected?.title ?? period?.label;
  useEffect(() => {
    document.title = pageTitle(subjectTitle, dataset.title);
  }, [subjectTitle, dataset.title]);

  const bindings: Record<string, SlotProps> = {
    // Not a plain #fragment link: the hash holds the selection.
    "skip-link": {
      onClick: (e: MouseEvent) => {
        e.preventDefault();
        detailRef.current?.focus();
      },
    },
    header: {
      element: (
        <ExplorerHeader dataset={dataset} selected={selected} embed={embed} view={view} onView={setView} menu={menu} changes={changes} />
      ),
    },
    filters: {
      element: (
        <FilterBar index={index} query={query} categories={categories} filter={filter} menuOpen={menu.open} onChosen={menu.chosen} />
      ),
    },
    notices: {
      element: (
        <>
          <Notices dataset={dataset} notices={index.notices} query={query} filter={filter} selected={selected} unknown={unknown} />
          {refreshNotice}
        </>
      ),
    },
    timeline: {
      children: (
        <ExplorerViews index={index} view={view} changes={changes} filter={filter} selected={selected} period={period} embed={embed} />
      ),
    },
    detail: { element: <DetailPane index={index} selected={selected} period={period} embed={embed} paneRef={detailRef} /> },
    announcer: { children: announcement(t, lang, selected, period) },
    after: { element: <PrintDigest index={index} /> },
  };
  // The shell as explorerMarkup.ts describes it, the first paint's too.
  return (
    <SearchTermsContext.Provider value={filter.terms}>
      {toReact(explorerShellMarkup({ t }), undefined, (name) => bindings[name])}
    </SearchTermsContext.Provider>
  );
}

/** The event or period the address selects (or the latest event, when the timeline opens on it),
 * and an id it names that the dataset does not hold. */
function useSelection(index: DatasetIndex, askedId: string | null, periodId: string | null, opening: "whole" | "latest" | null) {
  // Opening on the latest (the dataset's `opening`, or `?opening=latest`): its latest event is selected
  // until the reader selects another.
  const selectedId =
    askedId ??
    (periodId === null && openingOf(index.dataset.opening, opening) === "latest" ? (latestEvent(index.events)?.id ?? null) : null);
  // A link to an id the event had before (TimelineJS's own) opens it, at its address of today.
  const renamed = selectedId && !index.eventById.has(selectedId) ? index.eventByFormerId.get(selectedId) : undefined;
  useEffect(() => {
    if (renamed) selectEvent(renamed.id, { replace: true });
  }, [renamed]);
  const selected = selectedId ? (index.eventById.get(selectedId) ?? renamed) : undefined;
  const period = periodId ? index.periodById.get(periodId) : undefined;
  const unknown =
    selectedId !== null && !selected
      ? { kind: "event" as const, id: selectedId }
      : periodId !== null && !period
        ? { kind: "period" as const, id: periodId }
        : null;
  return { selected, period, unknown };
}

interface ViewsProps {
  index: DatasetIndex;
  view: View;
  changes: boolean;
  filter: ReturnType<typeof useEventFilter>;
  selected: TimelineEvent | undefined;
  period: Period | undefined;
  embed: boolean;
}

/** Beside the detail pane: "What's new", or the view chosen (timeline, list, sources), with the periods' links. */
function ExplorerViews({ index, view, changes, filter, selected, period, embed }: ViewsProps) {
  return (
    <>
      {changes && <ChangesView index={index} />}
      {!changes && view === "timeline" && (
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
      {!changes && view === "list" && <EventList events={filter.shown} selectedId={selected?.id ?? null} />}
      {!changes && view === "sources" && <SourceBrowser index={index} />}
    </>
  );
}

/** What a screen reader hears when the selection changes: the title in its own language (a French
 * title in an Arabic sentence is read by a French voice). */
function announcement(t: Translate, lang: Language, selected: TimelineEvent | undefined, period: Period | undefined): ReactNode {
  const subject = selected
    ? {
        key: "announceEvent" as const,
        title: selected.title,
        lang: langOf(selected, "title"),
        date: formatDateRange(selected.date, selected.end, lang),
      }
    : period
      ? { key: "announcePeriod" as const, title: period.label, lang: langOf(period, "label"), date: formatPeriodDates(period, lang) }
      : null;
  if (!subject) return "";
  const [before, after] = aroundValue((title) => t(subject.key, { title, date: subject.date }));
  return (
    <>
      {before}
      <span lang={subject.lang} dir="auto">
        {subject.title}
      </span>
      {after}
    </>
  );
}
