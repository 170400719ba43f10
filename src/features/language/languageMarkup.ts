import { LANGUAGE_NAMES, LANGUAGES, type I18n } from "../../lib/i18n/i18n";
import { h, slot, type Markup } from "../../lib/markup";

/** English · العربية · فارسی, each named in its own language (LanguageSwitcher). Slots: `language:<code>`. */
export function languageSwitcherMarkup({ t, lang }: Pick<I18n, "t" | "lang">): Markup {
  return h(
    "div",
    { class: "language-switcher", role: "group", "aria-label": t("languageSwitcher") },
    LANGUAGES.map((code) =>
      slot(
        `language:${code}`,
        h("button", { type: "button", lang: code, "aria-pressed": String(code === lang) }, [LANGUAGE_NAMES[code]], code),
      ),
    ),
  );
}
