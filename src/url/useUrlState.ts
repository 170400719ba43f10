import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from "react";
import { LOCATION_CHANGE } from "./navigation";
import { fromSiteRoot, parseUrlState, selectionLink, type UrlState } from "./urlState";

function subscribe(notify: () => void): () => void {
  window.addEventListener("popstate", notify);
  window.addEventListener("hashchange", notify);
  window.addEventListener(LOCATION_CHANGE, notify);
  return () => {
    window.removeEventListener("popstate", notify);
    window.removeEventListener("hashchange", notify);
    window.removeEventListener(LOCATION_CHANGE, notify);
  };
}

const getHref = () => window.location.href;

/** The address a server-side render and a hydration assume: the prerendered page's (see
 * site/render/), given by whoever renders the app (AppRoot's `serverHref`; `start` gives the real
 * one, without the hash). Outside a browser, by default, a stand-in. */
export const ServerHrefContext = createContext("http://localhost/");

/** The page's address. While hydrating a prerendered page, the one it was rendered for; the real
 * one (with its selection) takes over right after. */
export function useHref(): string {
  const serverHref = useContext(ServerHrefContext);
  const getServerHref = useCallback(() => serverHref, [serverHref]);
  return useSyncExternalStore(subscribe, getHref, getServerHref);
}

export function useUrlState(): UrlState {
  const href = useHref();
  return useMemo(() => parseUrlState(href), [href]);
}

/** The `href` for a link selecting an event or a period, from this page (see `selectionLink`). */
export function useSelectionLink(): (kind: "event" | "period", id: string) => string {
  const href = useHref();
  return useCallback((kind, id) => selectionLink(href, kind, id), [href]);
}

/** The site's root from a page that is none of the site's own, where the explorer is drawn
 * elsewhere (the studio's preview, a folder down: `../`). */
export const SiteRootContext = createContext<string | null>(null);

/** The `href` for a path from the site's root (`media/photo.png`), from this page: right on the
 * opening page and on every event's and period's page alike. */
export function useSiteLink(): (pathFromRoot: string) => string {
  const href = useHref();
  const root = useContext(SiteRootContext);
  return useCallback((path) => (root === null ? fromSiteRoot(href, path) : root + path), [href, root]);
}
