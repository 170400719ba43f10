/** Where a studio page stands among frames. The studio holds a reporter's drafts: a page that
 * framed it (another origin, or another port or subdomain of the same site) could read them and,
 * with the reporter's own clicks and keys, overwrite them. A static host cannot send
 * `frame-ancestors`, so the page itself refuses to run framed. */

/** Whether this page is in a frame (a cross-origin parent counts, whatever it lets us read). */
export function isFramed(win: Window = window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}

/** Whether the preview's parent is a studio page of this origin: the one place it draws drafts. */
export function isInOwnStudio(win: Window = window): boolean {
  if (win.parent === win.self) return false;
  try {
    const parent = win.parent.location;
    return parent.origin === win.location.origin && /\/studio\/(?:index\.html)?$/.test(parent.pathname);
  } catch {
    return false;
  }
}

/** Draws, in place of a page that must not run where it is, why and the way on. */
export function refuseToRun(root: HTMLElement, message: string, linkText: string, href: string): void {
  const box = document.createElement("main");
  box.setAttribute("role", "alert");
  box.style.cssText = "font: 1rem system-ui, sans-serif; padding: 1rem;";
  const text = document.createElement("p");
  text.textContent = message;
  const link = Object.assign(document.createElement("a"), { href, target: "_blank", rel: "noopener", textContent: linkText });
  box.append(text, link);
  root.replaceChildren(box);
}
