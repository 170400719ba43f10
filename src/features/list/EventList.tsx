import { lazy, Suspense } from "react";
import { useI18n } from "../../lib/i18n/I18nContext";
import { EventListRow, type ListProps } from "./EventListRow";
import "./list.css";

// Only a long list needs it: loaded then, not with the app.
const VirtualRows = lazy(() => import("./VirtualRows"));

/** Up to this many, every row is in the page (the browser's find-in-page sees them all); past
 * it, only the rows near the screen are (@tanstack/react-virtual), as the page scrolls. */
export const LIST_WHOLE_UP_TO = 500;

/** Every event in date order as plain links: the same data as the timeline,
 * readable by anyone, with any input and any assistive technology. */
export function EventList({ events, selectedId }: ListProps) {
  const { t } = useI18n();
  return (
    <section className="event-list" aria-labelledby="event-list-heading" data-testid="event-list">
      <h2 id="event-list-heading">{t("listHeading", { count: events.length })}</h2>
      {events.length > LIST_WHOLE_UP_TO ? (
        <Suspense>
          <VirtualRows events={events} selectedId={selectedId} />
        </Suspense>
      ) : (
        <ol>
          {events.map((event) => (
            <EventListRow key={event.id} event={event} selectedId={selectedId} />
          ))}
        </ol>
      )}
    </section>
  );
}
