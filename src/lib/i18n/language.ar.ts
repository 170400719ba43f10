// Arabic, loaded only for a reader of it (i18n.ts, loadLanguage). Its month names already agree
// with moment's, vis-timeline's axis.
import { ar as dateLocale } from "date-fns/locale/ar";
import type { LoadedLanguage } from "./loadedLanguage.ts";
import { ar as messages } from "./messages.ar.ts";

export const language: LoadedLanguage = { messages, dateLocale };
