import { formatUpdateDate, updateKindLabel, type EventUpdate } from "../../dataset/eventUpdates";
import { useI18n } from "../../lib/i18n/I18nContext";
import { Highlight } from "../../lib/Highlight";
import { shownText } from "../../dataset/localise";

/** The foot of an event's detail: what was changed since it was published, newest first, each
 * note with its kind and day. */
export function UpdateNotes({ updates }: { updates: readonly EventUpdate[] }) {
  const { t, lang } = useI18n();
  return (
    <section className="update-notes" aria-labelledby="update-notes-heading" data-testid="update-notes">
      <h3 id="update-notes-heading">{t("updatesHeading")}</h3>
      <ol>
        {[...updates].reverse().map((update, i) => (
          <li key={i} data-kind={update.kind}>
            <span className="update-kind">{updateKindLabel(update.kind, t)}</span>
            {t("listSeparator")}
            <time dateTime={update.date}>{formatUpdateDate(update, lang)}</time>
            {": "}
            <Highlight text={update.note} {...shownText(update, "note")} />
          </li>
        ))}
      </ol>
    </section>
  );
}
