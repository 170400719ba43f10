import { useState } from "react";
import { copyText } from "../../lib/clipboard";
import { useI18n } from "../../lib/i18n/I18nContext";
import { useIsHydrating } from "../../lib/useIsHydrating";
import { eventShareHref } from "../../url/urlState";

type ShareState = "idle" | "copied" | "blocked";

const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

const selectForCopy = (field: HTMLInputElement | null) => {
  field?.focus({ preventScroll: true });
  field?.select();
};

/** The event's Share control: the system's share sheet where the browser has one, else a button
 * that copies the event's link and says so (or, where the clipboard is blocked, shows the link
 * selected for a manual copy). */
export function ShareButton({ eventId, title, pageLanguage }: { eventId: string; title: string; pageLanguage: string | null }) {
  const { t } = useI18n();
  const [state, setState] = useState<ShareState>("idle");
  const [link, setLink] = useState("");
  // The prerendered page assumes no share sheet; the browser's answer follows hydration.
  const sheet = !useIsHydrating() && canShare();

  async function share() {
    const href = eventShareHref(window.location.href, eventId, pageLanguage);
    setLink(href);
    if (canShare()) {
      try {
        await navigator.share({ title, url: href });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to say. Anything else: fall back to copying.
        if ((error as Error).name === "AbortError") return;
      }
    }
    setState(await copyText(href));
  }

  return (
    <div className="share">
      <button type="button" onClick={() => void share()}>
        {sheet ? t("share") : t("copyLink")}
      </button>
      <span className="share-state" aria-live="polite">
        {state === "copied" ? t("linkCopied") : state === "blocked" ? t("linkCopyBlocked") : ""}
      </span>
      {state === "blocked" && (
        <input
          // Selected (and focused, for Ctrl+C) as it appears: a frame later could still be before React commits it.
          ref={selectForCopy}
          className="share-link"
          readOnly
          value={link}
          aria-label={t("shareLinkLabel")}
          dir="ltr"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
