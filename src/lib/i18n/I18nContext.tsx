import { createContext, useContext } from "react";
import { makeI18n, type I18n } from "./i18n";

export { DATA_LANG, makeI18n, type I18n } from "./i18n";

export const I18nContext = createContext<I18n>(makeI18n("en"));

/** The interface language, its direction, and its translator. */
export const useI18n = () => useContext(I18nContext);
