import type { Path } from "./draftSync";
import type { StudioMessageKey } from "./i18n/messages.en";
import { useStudioI18n, type StudioTranslate } from "./studioI18n";

/** The words for a field's label, by its name in the format (an unknown one is shown as it is). */
const LABELS: Record<string, StudioMessageKey> = {
  title: "title",
  summary: "summary",
  date: "date",
  end: "end",
  displayDate: "displayDate",
  category: "category",
  place: "place",
  actors: "actors",
  aliases: "aliases",
  sources: "cites",
  media: "media",
  url: "link",
  alt: "mediaAlt",
  caption: "mediaCaption",
  credit: "mediaCredit",
  outlet: "outlet",
  citing: "citing",
  published: "published",
  language: "language",
  article: "articleText",
  quotes: "quotes",
  speaker: "speaker",
  text: "quote",
  label: "periodLabel",
  start: "start",
  id: "id",
};
const TOP: Record<string, StudioMessageKey> = {
  title: "timelineTitle",
  description: "description",
  categories: "categoriesSection",
  sources: "sourcesSection",
  events: "eventsSection",
  periods: "periodsSection",
};

/** A field named as the reporter sees it: "Events 3 › Title". */
export function fieldName(path: Path, t: StudioTranslate): string {
  return path
    .map((key, i) => {
      if (typeof key === "number") return String(key + 1);
      const words = (i === 0 ? TOP : LABELS)[key];
      return words ? t(words) : key;
    })
    .join(" › ");
}

/** What happened to the draft outside this tab: another tab's later change to a field changed
 * here, and storage deleted or cleared under the studio. */
export function DraftNotices({ overwritten, storageLost }: { overwritten: readonly Path[]; storageLost: boolean }) {
  const { t } = useStudioI18n();
  return (
    <>
      {overwritten.length > 0 && (
        <p role="status" className="tab-notice">
          {t("otherTabChanged", { field: overwritten.map((path) => `“${fieldName(path, t)}”`).join(", ") })}
        </p>
      )}
      {storageLost && (
        <p role="alert" className="save-status save-refused">
          {t("storageCleared")}
        </p>
      )}
    </>
  );
}
