import { createContext, useContext, useEffect, useMemo, useReducer } from "react";
import { isLoaded, loadLanguage, makeI18n, type I18n, type Language } from "./i18n";

export { DATA_LANG, makeI18n, type I18n } from "./i18n";

export const I18nContext = createContext<I18n>(makeI18n("en"));

/** The interface language, its direction, and its translator. */
export const useI18n = () => useContext(I18nContext);

/** The interface in `lang`, once its messages are loaded; English until then, drawn again when they
 * are (a page starts in a language loaded, and the switcher loads one before it switches: only an
 * address reached by Back in another language waits). */
export function useLanguage(lang: Language): I18n {
  const loaded = isLoaded(lang);
  const [, drawAgain] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!loaded) void loadLanguage(lang).then(drawAgain);
  }, [lang, loaded]);
  return useMemo(() => makeI18n(loaded ? lang : "en"), [lang, loaded]);
}
