import { useMemo, useSyncExternalStore } from "react";
import { canonicalHref, hrefWithEvent, parseUrlState, type UrlState } from "./urlState";

const LOCATION_CHANGE = "timeline:locationchange";

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

/** The one way to change the address: push (one Back step) or replace, then tell subscribers. */
export function navigate(href: string, { replace = false } = {}): void {
  if (href === window.location.href) return;
  if (replace) window.history.replaceState(window.history.state, "", href);
  else window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(LOCATION_CHANGE));
}

export function selectEvent(id: string | null): void {
  navigate(hrefWithEvent(window.location.href, id));
}

/** Rewrites `?event=` and `#event-` aliases in place, before the first render. */
export function canonicalizeLocation(): void {
  const canonical = canonicalHref(window.location.href);
  if (canonical) navigate(canonical, { replace: true });
}

export function useUrlState(): UrlState {
  const href = useSyncExternalStore(subscribe, getHref);
  return useMemo(() => parseUrlState(href), [href]);
}
