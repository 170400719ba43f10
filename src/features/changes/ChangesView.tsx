import { useMemo } from "react";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { changeLog, formatUpdateDate, updateKindLabel } from "../../dataset/eventUpdates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { Highlight } from "../../lib/Highlight";
import { langOf, shownText } from "../../dataset/localise";
import { useSelectionLink } from "../../url/useUrlState";
import "./changes.css";

/** "What's new": every update and correction of the timeline, newest first, each a link to its event. */
export function ChangesView({ index }: { index: DatasetIndex }) {
  const { t, lang } = useI18n();
  const linkTo = useSelectionLink();
  const entries = useMemo(() => changeLog(index.events), [index]);
  return (
    <section className="changes-view" aria-labelledby="changes-heading" data-testid="changes-view">
      <h2 id="changes-heading">{t("changesHeading")}</h2>
      <p className="changes-count">{entries.length > 0 ? t("changesCount", { count: entries.length }) : t("changesNone")}</p>
      {entries.length > 0 && (
        <ol className="changes-list">
          {entries.map(({ event, update }, i) => (
            <li key={`${event.id}-${i}`} data-kind={update.kind} data-event-id={event.id}>
              <p className="changes-meta">
                <span className="update-kind">{updateKindLabel(update.kind, t)}</span>
                {t("listSeparator")}
                <time dateTime={update.date}>{formatUpdateDate(update, lang)}</time>
              </p>
              <a href={linkTo("event", event.id)} lang={langOf(event, "title")} dir="auto">
                {event.title}
              </a>
              <p className="changes-note">
                <Highlight text={update.note} {...shownText(update, "note")} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
