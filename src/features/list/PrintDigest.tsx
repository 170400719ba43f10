import { useEffect, useState } from "react";
import type { DatasetIndex } from "../dataset/datasetIndex";
import { formatDateRange, formatDateText } from "../../lib/dates";

/** What a printout holds: every event in date order with its sources. Rendered
 * only while printing, so it costs nothing on screen. */
export function PrintDigest({ index }: { index: DatasetIndex }) {
  const printing = usePrinting();
  if (!printing) return null;
  return (
    <section className="print-digest" aria-labelledby="print-digest-heading">
      <h2 id="print-digest-heading">All events</h2>
      <ol>
        {index.events.map((event) => (
          <li key={event.id}>
            <h3>
              <time dateTime={event.date.text}>{formatDateRange(event.date, event.end)}</time> — {event.title}
            </h3>
            <p>{event.summary}</p>
            <ul>
              {event.sources.map(({ source: id }) => {
                const source = index.sourceById.get(id)!;
                return (
                  <li key={id}>
                    {source.outlet ?? "Outlet not stated"}: {source.title ?? "title not stated"} ({formatDateText(source.published?.text ?? null)})
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
