import { createContext, useContext } from "react";
import { directionOf, translator, type Language, type Translate } from "./i18n";

export interface I18n {
  lang: Language;
  dir: "ltr" | "rtl";
  t: Translate;
}

export function makeI18n(lang: Language): I18n {
  return { lang, dir: directionOf(lang), t: translator(lang) };
}

export const I18nContext = createContext<I18n>(makeI18n("en"));

/** The interface language, its direction, and its translator. */
export const useI18n = () => useContext(I18nContext);

/** The language the dataset's own text is written in: marked on it so screen readers switch voice. */
export const DATA_LANG = "en";
