import { useRef, useState } from "react";
import { copyText } from "../../lib/clipboard";
import { useI18n } from "../../lib/i18n/I18nContext";
import { embedSnippet } from "./embedSnippet";
import "./EmbedDialog.css";

interface Props {
  eventId: string | null;
  title: string;
}

type CopyState = "idle" | "copied" | "blocked";

/** The "Embed" control: a ready `<iframe>` snippet for the current event, with a copy button. */
export function EmbedDialog({ eventId, title }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>("idle");
  const [snippet, setSnippet] = useState("");
  const { t } = useI18n();

  function open() {
    // Built when opened, from the address as it is now.
    setSnippet(embedSnippet(window.location.href, eventId, title));
    setCopy("idle");
    dialogRef.current?.showModal();
  }

  async function copyToClipboard() {
    // Selected first: where the clipboard is blocked, it is ready for a manual copy.
    textRef.current?.select();
    setCopy(await copyText(snippet));
  }

  return (
    <>
      <button type="button" onClick={open} aria-haspopup="dialog">
        {t("embed")}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">{t("embedHeading")}</h2>
        <p>{eventId ? t("embedIntroEvent") : t("embedIntroAll")}</p>
        <label htmlFor="embed-snippet">{t("embedCode")}</label>
        <textarea
          dir="ltr"
          lang="en"
          id="embed-snippet"
          ref={textRef}
          readOnly
          value={snippet}
          rows={12}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="embed-dialog-actions">
          <button type="button" onClick={() => void copyToClipboard()}>
            {t("copyCode")}
          </button>
          <span aria-live="polite" className="embed-copy-state">
            {copy === "copied" ? t("copied") : copy === "blocked" ? t("copyBlocked") : ""}
          </span>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t("close")}
          </button>
        </div>
      </dialog>
    </>
  );
}
