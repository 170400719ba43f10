import type { DatasetIndex } from "../../dataset/datasetIndex";
import { categoryCountsOf } from "../../dataset/eventsSummary";
import { langOf, untranslatedLang } from "../../dataset/localise";
import { categoryClasses } from "../../lib/categoryClasses";
import { localizeDigits, type I18n } from "../../lib/i18n/i18n";
import { h, slot, type Markup } from "../../lib/markup";
import { notTranslatedMarkup } from "../../lib/notTranslatedMarkup";

/** The search field (SearchBox), holding `query`. Slot: `input`. */
export function searchBoxMarkup({ t }: Pick<I18n, "t">, query: string): Markup {
  return h("div", { class: "search-box", role: "search" }, [
    h("label", { for: "search-input", class: "visually-hidden" }, [t("searchLabel")]),
    slot(
      "input",
      h("input", {
        id: "search-input",
        type: "search",
        placeholder: t("searchPlaceholder"),
        value: query,
        maxlength: 200,
        autocomplete: "off",
      }),
    ),
  ]);
}

/** The legend, doubling as the category filter (CategoryFilter): one toggle per category, with its
 * count. Slots: `category:<id>`. */
export function categoryFilterMarkup(
  index: DatasetIndex,
  { t, lang }: Pick<I18n, "t" | "lang">,
  isOn: (id: string) => boolean,
  counts: ReadonlyMap<string, number>,
): Markup {
  const { categories } = index.dataset;
  const classes = categoryClasses(categories);
  return h(
    "div",
    { class: "legend", id: "category-filter", role: "group", "aria-label": t("categoriesFilter") },
    categories.map((category) =>
      slot(
        `category:${category.id}`,
        h(
          "button",
          { type: "button", class: "legend-toggle", "aria-pressed": String(isOn(category.id)) },
          [
            h("span", { class: `legend-swatch ${classes.get(category.id)}`, "aria-hidden": "true" }),
            h("span", { lang: langOf(category, "label"), dir: "auto" }, [category.label]),
            " ",
            ...(untranslatedLang(category, "label") !== null ? [notTranslatedMarkup({ t, lang }), " "] : []),
            h("span", { class: "legend-count" }, [`(${localizeDigits(String(counts.get(category.id) ?? 0), lang)})`]),
          ],
          category.id,
        ),
      ),
    ),
  );
}

/** Events per category (counted as the index was built: eventsSummary.ts). */
export function categoryCounts(index: DatasetIndex): ReadonlyMap<string, number> {
  return categoryCountsOf(index.events);
}
