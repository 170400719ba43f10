import type { I18n } from "./i18n/i18n";
import { h, type Markup } from "./markup";

/** The mark on a text shown in its original because the reader's language has no translation of
 * it: seen, and read out, in the interface language (NotTranslated). */
export function notTranslatedMarkup({ t, lang }: Pick<I18n, "t" | "lang">): Markup {
  return h("span", { class: "not-translated", lang, "data-testid": "not-translated" }, [`(${t("notTranslated")})`]);
}
