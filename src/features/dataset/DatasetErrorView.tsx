import { DEFAULT_DATASET } from "./datasetUrl";
import { DatasetError } from "./parse";

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** Offer the bundled dataset when another one was asked for. */
  offerDefault: boolean;
}

/** A failed load, said plainly: what went wrong, where, and what to do next. */
export function DatasetErrorView({ error, onRetry, offerDefault }: Props) {
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof DatasetError ? error.details : [];
  const retryable = !(error instanceof DatasetError) || error.retryable;
  return (
    <div className="error-panel" role="alert" data-testid="dataset-error">
      <h2>The timeline could not be shown</h2>
      <p>{message}</p>
      {details.length > 0 && (
        <ul className="error-details">
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
            Try again
          </button>
        )}
        {offerDefault && <a href={defaultDatasetHref()}>Open the default timeline ({DEFAULT_DATASET})</a>}
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
