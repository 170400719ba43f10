import { useEffect, useRef } from "react";
import { formatDateRange } from "../../lib/dates";
import { isFramed } from "../../lib/frame";
import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf } from "../../dataset/localise";

import type { TimelineEvent } from "../../dataset/schema";
import { useSelectionLink } from "../../url/useUrlState";

interface Props {
  /** Events that no zoom draws apart: they share one moment, or a day at the closest zoom. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onClose: () => void;
}

/** At most this many of a crowd's events are listed: a dense log holds thousands on one day (all
 * those known only to its year or month), and the page stays a few thousand elements. */
export const CROWD_LIST_SHOWN = 100;

/** A crowd opened as a list: each of its first events a link that selects it (the List view has them all). */
export function CrowdList({ events, selectedId, onClose }: Props) {
  const { t, lang } = useI18n();
  const linkTo = useSelectionLink();
  const section = useRef<HTMLElement>(null);
  // Opened below the timeline, it may start past the fold: focus goes to it (a screen reader reads its
  // heading), and the page scrolls it into sight (never the host page, in a frame).
  useEffect(() => {
    const element = section.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    if (!isFramed()) element.scrollIntoView({ block: "nearest" });
  }, [events]);
  const [first, last] = [events[0], events.at(-1)];
  if (!first || !last) return null;
  const shown = events.slice(0, CROWD_LIST_SHOWN);
  return (
    <section ref={section} tabIndex={-1} className="crowd-list" aria-labelledby="crowd-list-heading" data-testid="crowd-list">
      <h3 id="crowd-list-heading">
        {t("crowdList", {
          count: events.length,
          date: formatDateRange(first.date, last.date.start.getTime() === first.date.start.getTime() ? first.end : last.date, lang),
        })}
      </h3>
      <button type="button" className="link-button" onClick={onClose}>
        {t("close")}
      </button>
      <ul>
        {shown.map((event) => (
          <li key={event.id}>
            <a
              href={linkTo("event", event.id)}
              aria-current={event.id === selectedId ? "true" : undefined}
              lang={langOf(event, "title")}
              dir="auto"
            >
              {event.title}
            </a>
          </li>
        ))}
      </ul>
      {shown.length < events.length && (
        <p className="crowd-list-more">{t("digestCapped", { shown: shown.length, count: events.length })}</p>
      )}
    </section>
  );
}
