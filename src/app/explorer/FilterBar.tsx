import type { DatasetIndex } from "../../dataset/datasetIndex";
import { CategoryFilter } from "../../features/search/CategoryFilter";
import { SearchBox } from "../../features/search/SearchBox";
import type { EventFilterResult } from "../../features/search/useEventFilter";
import { useI18n } from "../../lib/i18n/I18nContext";
import { clearFilters, setCategories, setQuery } from "../../url/navigation";

interface Props {
  index: DatasetIndex;
  query: string;
  categories: string[] | null;
  filter: EventFilterResult;
  menuOpen: boolean;
  onMenu: (open: boolean) => void;
}

/** The search, the categories and what they leave; on a phone and in the embed, the Menu button
 * that folds the controls away (see app.css). */
export function FilterBar({ index, query, categories, filter, menuOpen, onMenu }: Props) {
  const { t } = useI18n();
  return (
    <div className={menuOpen ? "filters menu-open" : "filters"}>
      <SearchBox query={query} onChange={setQuery} />
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={menuOpen}
        aria-controls="explorer-controls category-filter"
        onClick={() => onMenu(!menuOpen)}
      >
        {t("menu")}
      </button>
      <CategoryFilter index={index} active={categories} counts={filter.counts} onChange={setCategories} />
      <p className="filter-summary" aria-live="polite" data-testid="filter-summary">
        {filter.active ? t("matchCount", { count: filter.matching.length, total: index.events.length }) : ""}
        {filter.active && filter.matching.length > 0 && (
          <button type="button" className="link-button" onClick={clearFilters}>
            {t("showAllEvents")}
          </button>
        )}
      </p>
    </div>
  );
}
