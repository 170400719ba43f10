import { useI18n } from "../../lib/i18n/I18nContext";

/** "Checking the rest of the file…": a large file's timeline is drawn before its full check ends
 * (docs/performance.md, "The first screen before the full check"), and what is shown may yet be
 * refused. It floats as the refresh notice does, so nothing moves when it comes or goes. */
export function CheckingNotice() {
  const { t } = useI18n();
  return (
    <p role="status" className="notice floating-notice checking-notice" data-testid="checking-notice">
      {t("checkingRest")}
    </p>
  );
}
