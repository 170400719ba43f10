import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { Quote, Source, TimelineEvent } from "../../dataset/schema";
import { formatDateText, machineDate } from "../../lib/dates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { useSelectionLink } from "../../url/useUrlState";
import { Highlight } from "../../lib/Highlight";
import { langOf, originalLangOf, quoteTranslation, shownText } from "../../dataset/localise";
import { QuoteText, QuoteTranslationNote } from "./QuoteText";
import { linkHref } from "../../lib/addressPolicy";
import { eventsAround } from "./eventsAround";
import "./sources.css";

interface Props {
  index: DatasetIndex;
  source: Source;
  /** The quotes this source gives for the event being shown: highlighted. */
  citedQuoteIds: readonly string[];
  /** The event being shown, marked in "events in this source"; null in the source browser. */
  eventId: string | null;
}

/** One source article as it bears on the selected event: who published it, when,
 * what it says, and the quotes it gives for this event. */
export function SourcePanel({ index, source, citedQuoteIds, eventId }: Props) {
  const { t, lang } = useI18n();
  const NOT_STATED = t("notStated");
  const headingId = `source-${source.id}`;
  const cited = source.quotes.filter((q) => citedQuoteIds.includes(q.id));
  const others = source.quotes.filter((q) => !citedQuoteIds.includes(q.id));
  const reported = index.eventsBySource.get(source.id) ?? [];
  const href = linkHref(source.url);
  // Every event cites it: a list of them all says nothing.
  if (source.imported) return <ImportedFilePanel source={source} imported={source.imported} />;

  return (
    <section className="source-panel" data-testid="source-panel" data-source-id={source.id} aria-labelledby={headingId}>
      <h3 id={headingId} className="source-title">
        {source.title ? (
          <Highlight text={source.title} {...shownText(source, "title")} />
        ) : (
          <span className="not-stated">{t("titleNotStated")}</span>
        )}
      </h3>
      <dl className="source-meta">
        <dt>{t("outlet")}</dt>
        <dd className={source.outlet ? undefined : "not-stated"}>
          {source.outlet ? <Highlight text={source.outlet} lang={originalLangOf(source)} /> : NOT_STATED}
        </dd>
        {source.citing && (
          <>
            <dt>{t("citing")}</dt>
            <dd>
              <Highlight text={source.citing} lang={originalLangOf(source)} />
            </dd>
          </>
        )}
        <dt>{t("published")}</dt>
        <dd className={source.published ? undefined : "not-stated"}>
          {source.published ? (
            <time dateTime={machineDate(source.published.text)}>{formatDateText(source.published.text, lang)}</time>
          ) : (
            NOT_STATED
          )}
        </dd>
        <dt>{t("link")}</dt>
        <dd className={href ? undefined : "not-stated"}>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {t("readArticle")}
            </a>
          ) : source.url ? (
            <span title={t("onlyHttpLinked")} lang="en" dir="ltr">
              {source.url}
            </span>
          ) : (
            NOT_STATED
          )}
        </dd>
      </dl>
      <p className="source-summary">
        <Highlight text={source.summary} {...shownText(source, "summary")} />
      </p>
      {cited.length > 0 && (
        <figure className="source-quotes">
          <figcaption>{t("quotedOnEvent")}</figcaption>
          {cited.map((quote) => (
            <QuoteBlock key={quote.id} quote={quote} cited />
          ))}
        </figure>
      )}
      {others.length > 0 && (
        <details className="source-other-quotes">
          <summary>{t("otherQuotes", { count: others.length })}</summary>
          {others.map((quote) => (
            <QuoteBlock key={quote.id} quote={quote} cited={false} />
          ))}
        </details>
      )}
      <EventsInSource index={index} events={reported} headingId={headingId} eventId={eventId} />
    </section>
  );
}

/** A short quotation, attributed; marked when the source gives it for the event shown. */
function QuoteBlock({ quote, cited }: { quote: Quote; cited: boolean }) {
  const { t, lang } = useI18n();
  const text = <QuoteText quote={quote} />;
  const translation = quoteTranslation(quote);
  return (
    <blockquote className={cited ? "quote quote-cited" : "quote"} data-quote-id={quote.id}>
      <p>{cited ? <mark className="quote-mark">{text}</mark> : text}</p>
      <footer>
        — <Highlight text={quote.speaker} lang={originalLangOf(quote)} />
      </footer>
      {translation && <QuoteTranslationNote translation={translation} />}
      {quote.checked && (
        <p className="quote-checked" title={quote.checked.article ?? undefined}>
          ✓ {t("quoteChecked", { date: formatDateText(quote.checked.on, lang) })}
        </p>
      )}
    </blockquote>
  );
}

/** The events this source reports, each a link; the one shown is marked. A few of them, around
 * the one shown (eventsAround.ts), and a line saying how many more. */
function EventsInSource({
  index,
  events,
  headingId,
  eventId,
}: {
  index: DatasetIndex;
  events: readonly TimelineEvent[];
  headingId: string;
  eventId: string | null;
}) {
  const { t, lang } = useI18n();
  const linkTo = useSelectionLink();
  if (events.length === 0) return null;
  const positionOf = (event: TimelineEvent) => index.positionById.get(event.id) ?? -1;
  const { shown, hidden } = eventsAround(events, positionOf, eventId === null ? undefined : index.positionById.get(eventId));
  return (
    <nav className="source-events" aria-labelledby={`${headingId}-events`}>
      <p id={`${headingId}-events`}>{t("eventsInSource", { count: events.length })}</p>
      <ul>
        {shown.map((e) => (
          <li key={e.id}>
            <a href={linkTo("event", e.id)} aria-current={e.id === eventId ? "true" : undefined}>
              <time dateTime={machineDate(e.date.text)}>{formatDateText(e.date.text, lang)}</time>{" "}
              <Highlight text={e.title} lang={langOf(e, "title")} />
            </a>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="source-events-more" data-testid="source-events-more">
          {t("eventsInSourceMore", { count: hidden })}
        </p>
      )}
    </nav>
  );
}

/** The file a timeline was imported from, as the one source its events cite: what it is, in the
 * reader's language, then what the file says of itself; no outlet, date or link "not stated". */
function ImportedFilePanel({ source, imported }: { source: Source; imported: { file: string; format: string } }) {
  const { t } = useI18n();
  const headingId = `source-${source.id}`;
  return (
    <section className="source-panel" data-testid="source-panel" data-source-id={source.id} aria-labelledby={headingId}>
      <h3 id={headingId} className="source-title">
        {t("importedFrom", { file: isolate(imported.file) })}
      </h3>
      <p className="source-imported">{t("importedNote", { format: isolate(imported.format) })}</p>
      <p className="source-summary">
        <Highlight text={source.summary} {...shownText(source, "summary")} />
      </p>
    </section>
  );
}

/** A name of the file's own, kept whole in a sentence of either direction (FSI … PDI). */
const isolate = (name: string) => `\u2068${name}\u2069`;
