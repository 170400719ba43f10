import { useI18n } from "../../lib/i18n/I18nContext";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { toReact } from "../../lib/markupReact";
import { categoryFilterMarkup } from "./searchMarkup";
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
  const i18n = useI18n();
  const { categories } = index.dataset;
  const isOn = (id: string) => active === null || active.includes(id);

  function toggle(id: string) {
    const next = categories.map((c) => c.id).filter((c) => (c === id ? !isOn(c) : isOn(c)));
    onChange(next.length === categories.length ? null : next);
  }

  return toReact(categoryFilterMarkup(index, i18n, isOn, counts), undefined, (name) =>
    name.startsWith("category:") ? { onClick: () => toggle(name.slice("category:".length)) } : undefined,
  );
}
