import { createContext, useContext } from "react";
import { catalogueTranslator, directionOf, type Language } from "../lib/i18n/i18n";
import { ar } from "./i18n/messages.ar";
import { en, type StudioMessageKey } from "./i18n/messages.en";
import { fa } from "./i18n/messages.fa";

export type StudioTranslate = (key: StudioMessageKey, values?: Record<string, string | number>) => string;

export function makeStudioI18n(lang: Language) {
  return { lang, dir: directionOf(lang), t: catalogueTranslator<StudioMessageKey>({ en, ar, fa }, lang) as StudioTranslate };
}
export type StudioI18n = ReturnType<typeof makeStudioI18n>;

export const StudioI18nContext = createContext<StudioI18n>(makeStudioI18n("en"));
export const useStudioI18n = () => useContext(StudioI18nContext);
