import type { I18n } from "../../lib/i18n/i18n";
import { fragment, h, slot, type Markup } from "../../lib/markup";

export type CopyState = "idle" | "copied" | "blocked";

/** The "Embed" control and its dialog (EmbedDialog), closed; the snippet is filled in as it opens.
 * Slots: `open`, `dialog`, `snippet`, `copy`, `close`. */
export function embedDialogMarkup({ t }: Pick<I18n, "t">, forEvent: boolean, copy: CopyState): Markup {
  return fragment([
    slot("open", h("button", { type: "button", "aria-haspopup": "dialog" }, [t("embed")])),
    slot(
      "dialog",
      h("dialog", { class: "embed-dialog", "aria-labelledby": "embed-dialog-title" }, [
        h("h2", { id: "embed-dialog-title" }, [t("embedHeading")]),
        h("p", {}, [forEvent ? t("embedIntroEvent") : t("embedIntroAll")]),
        h("label", { for: "embed-snippet" }, [t("embedCode")]),
        slot("snippet", h("textarea", { dir: "ltr", lang: "en", id: "embed-snippet", readonly: "", rows: 12, spellcheck: "false" })),
        h("div", { class: "embed-dialog-actions" }, [
          slot("copy", h("button", { type: "button" }, [t("copyCode")])),
          h("span", { "aria-live": "polite", class: "embed-copy-state" }, [
            copy === "copied" ? t("copied") : copy === "blocked" ? t("copyBlocked") : "",
          ]),
          slot("close", h("button", { type: "button" }, [t("close")])),
        ]),
      ]),
    ),
  ]);
}
