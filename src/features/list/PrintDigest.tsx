import { useState, useSyncExternalStore } from "react";
import { LARGE_DATASET, type DatasetIndex } from "../../dataset/datasetIndex";
import { formatDateRange, machineDate } from "../../lib/dates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf, originalLangOf, quoteTranslation } from "../../dataset/localise";
import { useIsHydrating } from "../../lib/useIsHydrating";
import { quoteMarks } from "../../lib/quoteMarks";
import { sourceCitationParts } from "../../dataset/sourceCitation";
import "./list.css";

// Up to LARGE_DATASET events the digest is always in the page (hidden on screen), so print styles
// alone put it on paper: PDF services and `page.pdf()` fire no `beforeprint`. Past it, it is built
// when printing begins, and holds that many with a note.

/** What a printout holds: every event in date order, with its sources and the quotes it cites. */
export function PrintDigest({ index }: { index: DatasetIndex }) {
  const printing = usePrinting();
  // Not in the prerendered page: it would be repeated in every deep link's view.
  const hydrating = useIsHydrating();
  const { t, lang } = useI18n();
  const total = index.events.length;
  if (hydrating || (total > LARGE_DATASET && !printing)) return null;
  const events = index.events.slice(0, LARGE_DATASET);
  return (
    <section className="print-digest" aria-labelledby="print-digest-heading" data-testid="print-digest">
      <h2 id="print-digest-heading">{t("listHeading", { count: total })}</h2>
      {total > events.length && <p>{t("digestCapped", { shown: events.length, count: total })}</p>}
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <h3>
              <time dateTime={machineDate(event.date.text)}>{formatDateRange(event.date, event.end, lang)}</time> —{" "}
              <span lang={langOf(event, "title")} dir="auto">
                {event.title}
              </span>
            </h3>
            {event.summary && (
              <p lang={langOf(event, "summary")} dir="auto">
                {event.summary}
              </p>
            )}
            <ul>
              {event.sources.map(({ source: id, quotes }) => {
                const source = index.sourceById.get(id)!;
                return (
                  <li key={id}>
                    <span>
                      {sourceCitationParts(source, t, lang).map((part, i) =>
                        part.field ? (
                          <span key={i} lang={part.field === "title" ? langOf(source, "title") : originalLangOf(source)} dir="auto">
                            {part.text}
                          </span>
                        ) : (
                          part.text
                        ),
                      )}
                    </span>
                    {source.quotes
                      .filter((quote) => quotes.includes(quote.id))
                      .map((quote) => (
                        <blockquote key={quote.id} dir="auto">
                          <span lang={quote.language ?? originalLangOf(quote)} dir="auto" translate="no">
                            {quoteMarks(quote.language ?? originalLangOf(quote)).join(quote.text)}
                          </span>{" "}
                          —{" "}
                          <span lang={originalLangOf(quote)} dir="auto">
                            {quote.speaker}
                          </span>
                          {quoteTranslation(quote) && (
                            <span lang={quoteTranslation(quote)!.lang} dir="auto">
                              {" "}
                              ({t("translation")}: {quoteTranslation(quote)!.text})
                            </span>
                          )}
                        </blockquote>
                      ))}
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

/** Whether the page is being printed, as the print events and the print media query tell it (printing
 * may have begun before the app was listening): one per digest, nothing of it in the module. */
function printingStore() {
  let requested = false;
  return {
    subscribe(notify: () => void): () => void {
      const query = window.matchMedia?.("print");
      const before = () => ((requested = true), notify());
      const after = () => ((requested = false), notify());
      window.addEventListener("beforeprint", before);
      window.addEventListener("afterprint", after);
      query?.addEventListener?.("change", notify);
      return () => {
        window.removeEventListener("beforeprint", before);
        window.removeEventListener("afterprint", after);
        query?.removeEventListener?.("change", notify);
      };
    },
    get: (): boolean => requested || (window.matchMedia?.("print").matches ?? false),
  };
}

function usePrinting(): boolean {
  const [printing] = useState(printingStore);
  return useSyncExternalStore(printing.subscribe, printing.get, () => false);
}
