import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf, untranslatedLang } from "../../dataset/localise";
import { NotTranslated } from "../../lib/Highlight";

import { localizeDigits } from "../../lib/i18n/i18n";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { categoryClasses } from "../../lib/categoryClasses";
import "./search.css";

interface Props {
  index: DatasetIndex;
  /** Shown categories; null shows all. */
  active: readonly string[] | null;
  /** Events per category under the current search. */
  counts: ReadonlyMap<string, number>;
  onChange: (categories: string[] | null) => void;
}

/** The legend, doubling as the category filter: one toggle per category, with its count. */
export function CategoryFilter({ index, active, counts, onChange }: Props) {
  const { t, lang } = useI18n();
  const { categories } = index.dataset;
  const classes = categoryClasses(categories);
  const isOn = (id: string) => active === null || active.includes(id);

  function toggle(id: string) {
    const next = categories.map((c) => c.id).filter((c) => (c === id ? !isOn(c) : isOn(c)));
    onChange(next.length === categories.length ? null : next);
  }

  return (
    <div className="legend" id="category-filter" role="group" aria-label={t("categoriesFilter")}>
      {categories.map((category) => (
        <button
          key={category.id}
          type="button"
          className="legend-toggle"
          aria-pressed={isOn(category.id)}
          onClick={() => toggle(category.id)}
        >
          <span className={`legend-swatch ${classes.get(category.id)}`} aria-hidden="true" />
          <span lang={langOf(category, "label")} dir="auto">
            {category.label}
          </span>{" "}
          {untranslatedLang(category, "label") !== null && (
            <>
              <NotTranslated />{" "}
            </>
          )}
          <span className="legend-count">({localizeDigits(String(counts.get(category.id) ?? 0), lang)})</span>
        </button>
      ))}
    </div>
  );
}
