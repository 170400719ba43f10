import { useRef, useState, type FocusEvent } from "react";
import { copyText } from "../../lib/clipboard";
import { useI18n } from "../../lib/i18n/I18nContext";
import { toReact, type SlotProps } from "../../lib/markupReact";
import { embedDialogMarkup, type CopyState } from "./embedDialogMarkup";
import { embedSnippet } from "./embedSnippet";
import "./EmbedDialog.css";

interface Props {
  eventId: string | null;
  title: string;
}

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

  const bindings: Record<string, SlotProps> = {
    open: { onClick: open },
    dialog: { ref: dialogRef },
    snippet: { ref: textRef, value: snippet, onFocus: (e: FocusEvent<HTMLTextAreaElement>) => e.currentTarget.select() },
    copy: { onClick: () => void copyToClipboard() },
    close: { onClick: () => dialogRef.current?.close() },
  };
  return toReact(embedDialogMarkup({ t }, eventId !== null, copy), undefined, (name) => bindings[name]);
}
