import { useEffect, useState } from "react";
import type { DatasetIndex } from "../dataset/datasetIndex";
import { formatDateRange, formatDateText } from "../../lib/dates";
import { DATA_LANG, useI18n } from "../../lib/i18n/I18nContext";
import "./list.css";

/** What a printout holds: every event in date order with its sources. Rendered
 * only while printing, so it costs nothing on screen. */
export function PrintDigest({ index }: { index: DatasetIndex }) {
  const printing = usePrinting();
  const { t, lang } = useI18n();
  if (!printing) return null;
  return (
    <section className="print-digest" aria-labelledby="print-digest-heading">
      <h2 id="print-digest-heading">{t("listHeading", { count: index.events.length })}</h2>
      <ol>
        {index.events.map((event) => (
          <li key={event.id}>
            <h3>
              <time dateTime={event.date.text}>{formatDateRange(event.date, event.end, lang)}</time> —{" "}
              <span lang={DATA_LANG}>{event.title}</span>
            </h3>
            <p lang={DATA_LANG}>{event.summary}</p>
            <ul>
              {event.sources.map(({ source: id }) => {
                const source = index.sourceById.get(id)!;
                return (
                  <li key={id}>
                    {source.outlet ?? t("outletNotStated")}: {source.title ?? t("titleNotStated")} (
                    {formatDateText(source.published?.text ?? null, lang)})
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
    // Printing began before the app was listening (a prerendered page not yet hydrated).
    if (window.matchMedia?.("print").matches) before();
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
