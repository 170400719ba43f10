import type { Locale } from "date-fns";
import type { Messages } from "./messages.en.ts";

/** An interface language as loaded: its messages and its date-fns locale (none for English,
 * date-fns's default). */
export interface LoadedLanguage {
  messages: Messages;
  dateLocale?: Locale;
}
