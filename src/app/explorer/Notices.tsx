import type { Dataset, TimelineEvent } from "../../dataset/schema";
import type { ImportNotice } from "../../dataset/importNotices";
import type { EventFilterResult } from "../../features/search/useEventFilter";
import { useI18n } from "../../lib/i18n/I18nContext";
import { toReact } from "../../lib/markupReact";
import { clearFilters } from "../../url/navigation";
import { importNotesMarkup } from "./explorerMarkup";

interface Props {
  dataset: Dataset;
  /** What an import left out or changed (DatasetIndex.notices). */
  notices: readonly ImportNotice[];
  query: string;
  filter: EventFilterResult;
  selected: TimelineEvent | undefined;
  /** The id the address asks for where no event or period has it. */
  unknown: { kind: "event" | "period"; id: string } | null;
}

/** What the reader should know about the view: nothing matches, the selection is hidden by the
 * filters, the address names nothing, or what an import left out. */
export function Notices({ dataset, notices, query, filter, selected, unknown }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
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
      {unknown && (
        <p className="notice" role="status" data-testid="notice">
          {t(unknown.kind === "period" ? "unknownPeriod" : "unknownEvent", { id: truncate(unknown.id, 80) })}
        </p>
      )}
      {toReact(importNotesMarkup(dataset, notices, i18n), "import-notes")}
    </>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
