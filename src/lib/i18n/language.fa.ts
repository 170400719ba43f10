// Persian, loaded only for a reader of it (i18n.ts, loadLanguage), with the months as Iranian
// readers write them (dateLocales.ts).
import { faIR } from "date-fns/locale/fa-IR";
import { withIranianMonths } from "./dateLocales.ts";
import type { LoadedLanguage } from "./loadedLanguage.ts";
import { fa as messages } from "./messages.fa.ts";

export const language: LoadedLanguage = { messages, dateLocale: withIranianMonths(faIR) };
