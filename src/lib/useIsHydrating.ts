import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** True while React renders for the server or hydrates a prerendered page, false from the first
 * render that shows the real address on. */
export function useIsHydrating(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
}
