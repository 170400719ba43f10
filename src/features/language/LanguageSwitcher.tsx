import { useI18n } from "../../lib/i18n/I18nContext";
import { loadLanguage, type Language } from "../../lib/i18n/i18n";
import { toReact } from "../../lib/markupReact";
import { setLanguage } from "../../url/navigation";
import { languageSwitcherMarkup } from "./languageMarkup";
import "./LanguageSwitcher.css";

/** The page in `lang`, once its messages are here (a chunk each): drawn in it at once, not in English first. */
const switchTo = (lang: Language) => void loadLanguage(lang).then(() => setLanguage(lang));

/** English · العربية · فارسی, each named in its own language; `onChosen` hears a choice. */
export function LanguageSwitcher({ onChosen }: { onChosen?: () => void }) {
  return toReact(languageSwitcherMarkup(useI18n()), undefined, (name) =>
    name.startsWith("language:")
      ? {
          onClick: () => {
            switchTo(name.slice("language:".length) as Language);
            onChosen?.();
          },
        }
      : undefined,
  );
}
