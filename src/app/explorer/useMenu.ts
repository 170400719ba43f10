import { useCallback, useEffect, useRef, useState } from "react";

/** Where the Menu's own controls are (explorerMarkup.ts): the header's actions and the categories. */
const MENU_PARTS = ".menu-toggle, #explorer-controls, #category-filter, .timeline-zoom";

/** The one Menu of a phone and of the embed (see app.css): a disclosure button whose controls open
 * below it. A choice made in it (a view, a language, a category) closes it, and Escape from it does;
 * either way the focus goes back to the button, as the control chosen is folded away. */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      // A dialog opened from the menu (Embed) takes its own Escape.
      if (event.key !== "Escape" || event.defaultPrevented || !target?.closest(MENU_PARTS) || target.closest("dialog")) return;
      close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, close]);
  return {
    open,
    buttonRef,
    toggle: () => setOpen((was) => !was),
    /** After a choice: closes the menu where it is open (on a wide screen it never is). */
    chosen: () => {
      if (open) close();
    },
  };
}

export type Menu = ReturnType<typeof useMenu>;
