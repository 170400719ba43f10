import { useI18n } from "../../lib/i18n/I18nContext";
import { DEFAULT_DATASET } from "../../dataset/datasetUrl";
import { DatasetError } from "../../dataset/datasetError";
import "./DatasetErrorView.css";

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** Offer the bundled dataset when another one was asked for. */
  offerDefault: boolean;
  /** The timeline was on screen while the file's full check ran, and that check refused it. */
  shownWhileChecking?: boolean;
}

/** A failed load, said plainly: what went wrong, where, and what to do next. */
export function DatasetErrorView({ error, onRetry, offerDefault, shownWhileChecking = false }: Props) {
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof DatasetError ? error.details : [];
  const retryable = !(error instanceof DatasetError) || error.retryable;
  const { t } = useI18n();
  return (
    <div className="error-panel" role="alert" data-testid="dataset-error">
      <h2>{t("errorHeading")}</h2>
      {shownWhileChecking && <p>{t("errorShownWhileChecking")}</p>}
      {/* The specifics (paths, positions, HTTP statuses) stay in English, marked as such. */}
      <p lang="en" dir="ltr">
        {message}
      </p>
      {details.length > 0 && (
        <ul className="error-details" lang="en" dir="ltr" aria-label={t("errorDetails")}>
          {details.map((detail, i) => (
            <li key={i}>
              <code>{detail}</code>
            </li>
          ))}
        </ul>
      )}
      <p className="error-actions">
        {onRetry && retryable && (
          <button type="button" onClick={onRetry}>
            {t("tryAgain")}
          </button>
        )}
        {offerDefault && <a href={defaultDatasetHref()}>{t("openDefault", { path: DEFAULT_DATASET })}</a>}
      </p>
    </div>
  );
}

function defaultDatasetHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete("data");
  url.hash = "";
  return url.href;
}
