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
import type { Menu } from "./useMenu";

export type { View } from "./explorerMarkup";

interface Props {
  dataset: Dataset;
  selected: TimelineEvent | undefined;
  embed: boolean;
  view: View;
  onView: (view: View) => void;
  menu: Menu;
  /** The "What's new" view is shown (`#/changes`), over the view chosen. */
  changes: boolean;
}

/** The timeline's title and description, and the controls for the whole page: embed, view,
 * language, and the Menu that folds them away on a phone (explorerMarkup.ts describes it). */
export function ExplorerHeader({ dataset, selected, embed, view, onView, menu, changes }: Props) {
  const i18n = useI18n();
  const href = useHref();
  const state = {
    embed,
    fullExplorerHref: embed ? fullExplorerHref(href) : "",
    view,
    changes,
    menuOpen: menu.open,
    forEvent: selected !== undefined,
  };
  const bind = (name: string): SlotProps | undefined => {
    if (name === "embed")
      return { element: <EmbedDialog eventId={selected?.id ?? null} title={pageTitle(selected?.title, dataset.title)} /> };
    if (name === "menu") return { ref: menu.buttonRef, onClick: menu.toggle };
    if (name === "languages") return { element: <LanguageSwitcher onChosen={menu.chosen} /> };
    if (name === "changes")
      return {
        onClick: () => {
          showChanges(!changes);
          menu.chosen();
        },
      };
    if (!name.startsWith("view:")) return undefined;
    return {
      onClick: () => {
        if (changes) showChanges(false);
        onView(name.slice("view:".length) as View);
        menu.chosen();
      },
    };
  };
  return toReact(explorerHeaderMarkup(dataset, i18n, state), undefined, bind);
}
