import { useI18n } from "../../lib/i18n/I18nContext";
import { CATALOGUES, LANGUAGES } from "../../lib/i18n/i18n";
import { setLanguage } from "../../url/navigation";
import "./LanguageSwitcher.css";

/** English · العربية · فارسی, each named in its own language. */
export function LanguageSwitcher() {
  const { t, lang } = useI18n();
  return (
    <div className="language-switcher" role="group" aria-label={t("languageSwitcher")}>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={code === lang} onClick={() => setLanguage(code)}>
          {CATALOGUES[code].languageName}
        </button>
      ))}
    </div>
  );
}
