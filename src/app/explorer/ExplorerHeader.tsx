import type { Dataset, TimelineEvent } from "../../dataset/schema";
import { EmbedDialog } from "../../features/embed/EmbedDialog";
import { fullExplorerHref } from "../../features/embed/embedSnippet";
import { LanguageSwitcher } from "../../features/language/LanguageSwitcher";
import { useI18n } from "../../lib/i18n/I18nContext";
import { langOf, untranslatedLang } from "../../dataset/localise";
import { NotTranslated } from "../../lib/Highlight";
import type { MessageKey } from "../../lib/i18n/messages.en";
import { pageTitle } from "../../lib/pageTitle";
import { formatDateText } from "../../lib/dates";
import { showChanges } from "../../url/navigation";
import { useHref } from "../../url/useUrlState";

export type View = "timeline" | "list" | "sources";
const VIEWS: { id: View; label: MessageKey }[] = [
  { id: "timeline", label: "viewTimeline" },
  { id: "list", label: "viewList" },
  { id: "sources", label: "viewSources" },
];

interface Props {
  dataset: Dataset;
  selected: TimelineEvent | undefined;
  embed: boolean;
  view: View;
  onView: (view: View) => void;
  menuOpen: boolean;
  /** The "What's new" view is shown (`#/changes`), over the view chosen. */
  changes: boolean;
}

/** The timeline's title and description, and the controls for the whole page: embed, view, language. */
export function ExplorerHeader({ dataset, selected, embed, view, onView, menuOpen, changes }: Props) {
  const { t, lang } = useI18n();
  const href = useHref();
  return (
    <header className={menuOpen ? "app-header menu-open" : "app-header"}>
      <div>
        <h1 lang={langOf(dataset, "title")} dir="auto">
          {dataset.title}
          {untranslatedLang(dataset, "title") !== null && (
            <>
              {" "}
              <NotTranslated />
            </>
          )}
        </h1>
        {dataset.updated && (
          <p className="app-updated" data-testid="timeline-updated">
            <time dateTime={dataset.updated}>{t("timelineUpdated", { date: formatDateText(dataset.updated.slice(0, 10), lang) })}</time>
          </p>
        )}
        {embed && (
          <a className="full-explorer-link" href={fullExplorerHref(href)} target="_blank" rel="noopener">
            {t("openFullExplorer")}
            <span aria-hidden="true"> ↗</span>
            <span className="visually-hidden"> {t("opensInNewTab")}</span>
          </a>
        )}
        {dataset.description && !embed && (
          <p className="app-description" lang={langOf(dataset, "description")} dir="auto">
            {dataset.description}
            {untranslatedLang(dataset, "description") !== null && (
              <>
                {" "}
                <NotTranslated />
              </>
            )}
          </p>
        )}
      </div>
      <div className="header-actions" id="explorer-controls">
        {!embed && <EmbedDialog eventId={selected?.id ?? null} title={pageTitle(selected?.title, dataset.title)} />}
        <div className="view-switch" role="group" aria-label={t("views")}>
          {VIEWS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              aria-pressed={!changes && view === id}
              onClick={() => {
                if (changes) showChanges(false);
                onView(id);
              }}
            >
              {t(label)}
            </button>
          ))}
          <button type="button" aria-pressed={changes} data-testid="whats-new" onClick={() => showChanges(!changes)}>
            {t("viewChanges")}
          </button>
        </div>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
