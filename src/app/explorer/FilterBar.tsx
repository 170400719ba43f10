import type { DatasetIndex } from "../../dataset/datasetIndex";
import { CategoryFilter } from "../../features/search/CategoryFilter";
import { SearchBox } from "../../features/search/SearchBox";
import type { EventFilterResult } from "../../features/search/useEventFilter";
import { useI18n } from "../../lib/i18n/I18nContext";
import { toReact, type SlotProps } from "../../lib/markupReact";
import { clearFilters, setCategories, setQuery } from "../../url/navigation";
import { filterBarMarkup } from "./explorerMarkup";

interface Props {
  index: DatasetIndex;
  query: string;
  categories: string[] | null;
  filter: EventFilterResult;
  menuOpen: boolean;
  /** A category chosen (which closes the Menu where it is open). */
  onChosen: () => void;
}

/** The search, the categories and what they leave; on a phone and in the embed, the categories
 * fold behind the header's Menu (see app.css; explorerMarkup.ts describes it). */
export function FilterBar({ index, query, categories, filter, menuOpen, onChosen }: Props) {
  const isOn = (id: string) => categories === null || categories.includes(id);
  const state = { query, menuOpen, isOn, counts: filter.counts, matching: filter.active ? filter.matching.length : null, byApp: true };
  const bindings: Record<string, SlotProps> = {
    search: { element: <SearchBox query={query} onChange={setQuery} /> },
    categories: {
      element: (
        <CategoryFilter
          index={index}
          active={categories}
          counts={filter.counts}
          onChange={(chosen) => {
            setCategories(chosen);
            onChosen();
          }}
        />
      ),
    },
    "show-all": { onClick: clearFilters },
  };
  return toReact(filterBarMarkup(index, useI18n(), state), undefined, (name) => bindings[name]);
}
