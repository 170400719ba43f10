/** A click with the primary button and no modifier: the reader means "follow it here", not "in a
 * new tab or window" (Ctrl, Cmd, Shift) or "download" (Alt). */
export function isPlainClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Whether following the link stays in this window (no other target, no download). */
export function opensInPlace(link: HTMLAnchorElement): boolean {
  return (!link.target || link.target === "_self") && !link.hasAttribute("download");
}
