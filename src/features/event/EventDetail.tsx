import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { TimelineEvent } from "../../dataset/schema";
import { formatDateRange, machineDate } from "../../lib/dates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { joinList } from "../../lib/listSeparator";
import { langOf, sharedPageLanguage, shownText } from "../../dataset/localise";
import { useState, type ReactNode } from "react";
import { Highlight, NotTranslated } from "../../lib/Highlight";
import { EventMedia, RichText } from "./EventText";
import { ShareButton } from "./ShareButton";
import { UpdateNotes } from "./UpdateNotes";
import { latestUpdate, updateMark } from "../../dataset/eventUpdates";
import "../../lib/detail.css";
import "./EventDetail.css";

interface Props {
  index: DatasetIndex;
  event: TimelineEvent;
  /** Every source reporting it (the app composes the sources feature in). */
  sources: ReactNode;
  /** Its sources side by side, shown on the reader's asking. */
  comparison: ReactNode;
}

/** The selected event: what happened, when, where, who, and every source reporting it. */
export function EventDetail({ index, event, sources, comparison }: Props) {
  const [comparing, setComparing] = useState(false);
  const { t, lang } = useI18n();
  const category = index.categoryById.get(event.category);
  const latest = latestUpdate(event);
  return (
    <article className="event-detail" data-testid="event-detail" data-event-id={event.id} aria-labelledby="event-detail-title">
      <header className="event-header">
        <p className="event-date">
          <time dateTime={machineDate(event.date.text, event.end?.text)}>
            {event.displayDate !== null ? (
              <Highlight text={event.displayDate} {...shownText(event, "displayDate")} />
            ) : (
              formatDateRange(event.date, event.end, lang)
            )}
          </time>
          {latest && (
            <span className="event-mark" data-testid="update-mark" data-kind={latest.kind}>
              {updateMark(latest, t, lang)}
            </span>
          )}
          {category && (
            <span className="event-category">
              <Highlight text={category.label} {...shownText(category, "label")} />
            </span>
          )}
        </p>
        <h2 id="event-detail-title" tabIndex={-1}>
          <Highlight text={event.title} {...shownText(event, "title")} />
        </h2>
      </header>
      <RichText paragraphs={event.paragraphs} className="event-summary" lang={langOf(event, "summary")} />
      {shownText(event, "summary").untranslated !== null && (
        <p className="event-summary">
          <NotTranslated />
        </p>
      )}
      {event.media && <EventMedia media={event.media} />}
      <dl className="event-facts">
        <dt>{t("place")}</dt>
        <dd className={event.place ? undefined : "not-stated"}>
          {event.place ? <Highlight text={event.place} {...shownText(event, "place")} /> : t("notStated")}
        </dd>
        {event.actors.length > 0 && (
          <>
            <dt>{t("who")}</dt>
            <dd>
              <Highlight text={joinList(event.actors, langOf(event, "actors"))} {...shownText(event, "actors")} />
            </dd>
          </>
        )}
      </dl>
      <div className="event-actions">
        <ShareButton eventId={event.id} title={event.title} pageLanguage={sharedPageLanguage(index.dataset, lang)} />
        {event.sources.length > 1 && (
          <button type="button" aria-expanded={comparing} aria-controls="compare-sources" onClick={() => setComparing(!comparing)}>
            {comparing ? t("hideCompare") : t("compare", { count: event.sources.length })}
          </button>
        )}
      </div>
      {comparing && comparison}
      {sources}
      {event.updates.length > 0 && <UpdateNotes updates={event.updates} />}
    </article>
  );
}
