import type { DatasetIndex } from "../dataset/datasetIndex";
import { formatDateText } from "../../lib/dates";
import { SourcePanel } from "./SourcePanel";

/** Every source of the dataset, each opening onto its panel. */
export function SourceBrowser({ index }: { index: DatasetIndex }) {
  const { sources } = index.dataset;
  return (
    <section className="source-browser" aria-labelledby="source-browser-heading" data-testid="source-browser">
      <h2 id="source-browser-heading">All sources ({sources.length})</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <details>
              <summary>
                <span className="source-browser-outlet">{source.outlet ?? "Outlet not stated"}</span>
                <span className="source-browser-title">{source.title ?? "Title not stated"}</span>
                <span className="source-browser-meta">
                  {formatDateText(source.published?.text ?? null)} · {source.language ?? "language not stated"} ·{" "}
                  {index.eventsBySource.get(source.id)?.length ?? 0} events
                </span>
              </summary>
              <SourcePanel index={index} source={source} citedQuoteIds={[]} eventId={null} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
