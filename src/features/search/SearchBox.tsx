import { useEffect, useEffectEvent, useRef, type ChangeEvent, type KeyboardEvent } from "react";
import { APP_KEYS } from "../../lib/appKeys";
import { useI18n } from "../../lib/i18n/I18nContext";
import { toReact } from "../../lib/markupReact";
import { searchBoxMarkup } from "./searchMarkup";
import "./search.css";

interface Props {
  query: string;
  onChange: (query: string) => void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** The search field: `/` focuses it from anywhere, Escape clears it. */
export function SearchBox({ query, onChange }: Props) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);

  // Text typed into the prerendered page before the app hydrated it: search for it now, once.
  const searchTypedBeforeHydration = useEffectEvent(() => {
    const typed = inputRef.current?.value ?? "";
    if (typed !== query) onChange(typed);
  });
  useEffect(() => searchTypedBeforeHydration(), []);

  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== APP_KEYS.search || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return toReact(searchBoxMarkup({ t }, query), undefined, (name) =>
    name === "input"
      ? {
          ref: inputRef,
          onChange: (e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value),
          onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === APP_KEYS.clearSearch && query) {
              e.preventDefault();
              onChange("");
            }
          },
        }
      : undefined,
  );
}
