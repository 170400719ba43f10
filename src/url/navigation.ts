import {
  canonicalHref,
  hrefWithCategories,
  hrefWithChanges,
  hrefWithEvent,
  hrefWithLanguage,
  hrefWithPeriod,
  hrefWithQuery,
  pageLinkTarget,
} from "./urlState";
import { isPlainClick, opensInPlace } from "../lib/plainClick";

/** Dispatched on `window` after every change made here (pushState and replaceState fire none). */
export const LOCATION_CHANGE = "timeline:locationchange";

/** The one way to change the address: push (one Back step) or replace, then tell subscribers.
 * Every writer of the URL is below; the rest of the app calls them. */
function navigate(href: string, { replace = false } = {}): void {
  if (href === window.location.href) return;
  pinHeadLinks();
  if (replace) window.history.replaceState(window.history.state, "", href);
  else window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(LOCATION_CHANGE));
}

const here = () => window.location.href;

/** The head's own links (icon, manifest) are relative to the opening page: made absolute before
 * the address moves to an event's page two folders down, where they would 404. Not the stylesheets:
 * they are loaded already, and a new `href` would load them again, the page unstyled meanwhile. */
function pinHeadLinks(): void {
  for (const link of document.head.querySelectorAll<HTMLLinkElement>("link[href]:not([rel~='stylesheet'])")) {
    if (link.getAttribute("href") !== link.href) link.setAttribute("href", link.href);
  }
}

/** A deliberate selection adds one history entry; one the embedding page asks for replaces. */
export function selectEvent(id: string | null, { replace = false } = {}): void {
  navigate(hrefWithEvent(here(), id), { replace });
}

export function selectPeriod(id: string): void {
  navigate(hrefWithPeriod(here(), id));
}

/** Search and filters refine the view in place: no history entry for each keystroke. */
export function setQuery(query: string): void {
  navigate(hrefWithQuery(here(), query), { replace: true });
}

export function setCategories(categories: string[] | null): void {
  navigate(hrefWithCategories(here(), categories), { replace: true });
}

export function clearFilters(): void {
  navigate(hrefWithCategories(hrefWithQuery(here(), ""), null), { replace: true });
}

export function setLanguage(lang: string): void {
  navigate(hrefWithLanguage(here(), lang), { replace: true });
}

/** Rewrites `?event=` and `#event-` aliases in place, before the first render. */
export function canonicalizeLocation(): void {
  const canonical = canonicalHref(here());
  if (canonical) navigate(canonical, { replace: true });
}

/** A plain click on a link to one of the site's own pages (an event's, a period's, the opening
 * page) selects in place, one history entry, instead of loading that page: the app's links are
 * real links (they work without script, and open in a new tab), and this is their script. */
export function followPageLinks(): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || !isPlainClick(event)) return;
    const link = (event.target as Element | null)?.closest?.("a[href]");
    if (!(link instanceof HTMLAnchorElement) || !opensInPlace(link)) return;
    const target = pageLinkTarget(link.href, here());
    if (target === null) return;
    event.preventDefault();
    navigate(target);
  };
  document.addEventListener("click", onClick);
  return () => document.removeEventListener("click", onClick);
}

/** Opens the "What's new" view (one history entry), or leaves it. */
export function showChanges(on: boolean): void {
  navigate(hrefWithChanges(here(), on));
}
