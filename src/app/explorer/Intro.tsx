import type { DatasetIndex } from "../../dataset/datasetIndex";
import { useSelectionLink } from "../../url/useUrlState";
import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf } from "../../dataset/localise";

/** What the detail panel shows before anything is selected. */
export function Intro({ index }: { index: DatasetIndex }) {
  const { t } = useI18n();
  const linkTo = useSelectionLink();
  const first = index.events[0]!;
  return (
    <section className="intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading">{t("introHeading")}</h2>
      <p>
        {t("introText", { events: index.events.length, sources: index.dataset.sources.length })}{" "}
        <a href={linkTo("event", first.id)} lang={langOf(first, "title")} dir="auto">
          {first.title}
        </a>
      </p>
    </section>
  );
}
