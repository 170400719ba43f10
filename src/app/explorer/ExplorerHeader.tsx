import type { Dataset, TimelineEvent } from "../../dataset/schema";
import { EmbedDialog } from "../../features/embed/EmbedDialog";
import { fullExplorerHref } from "../../features/embed/embedSnippet";
import { LanguageSwitcher } from "../../features/language/LanguageSwitcher";
import { useI18n } from "../../lib/i18n/I18nContext";
import { toReact, type SlotProps } from "../../lib/markupReact";
import { pageTitle } from "../../lib/pageTitle";
import { showChanges } from "../../url/navigation";
import { useHref } from "../../url/useUrlState";
import { explorerHeaderMarkup, type View } from "./explorerMarkup";

export type { View } from "./explorerMarkup";

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

/** The timeline's title and description, and the controls for the whole page: embed, view,
 * language (explorerMarkup.ts describes it). */
export function ExplorerHeader({ dataset, selected, embed, view, onView, menuOpen, changes }: Props) {
  const i18n = useI18n();
  const href = useHref();
  const state = { embed, fullExplorerHref: embed ? fullExplorerHref(href) : "", view, changes, menuOpen, forEvent: selected !== undefined };
  const bind = (name: string): SlotProps | undefined => {
    if (name === "embed")
      return { element: <EmbedDialog eventId={selected?.id ?? null} title={pageTitle(selected?.title, dataset.title)} /> };
    if (name === "languages") return { element: <LanguageSwitcher /> };
    if (name === "changes") return { onClick: () => showChanges(!changes) };
    if (!name.startsWith("view:")) return undefined;
    return {
      onClick: () => {
        if (changes) showChanges(false);
        onView(name.slice("view:".length) as View);
      },
    };
  };
  return toReact(explorerHeaderMarkup(dataset, i18n, state), undefined, bind);
}
