/** A value outside React that components read with `useSyncExternalStore`: a change is rendered
 * before the task that made it ends (before the next paint), without flushSync. */
export function valueStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get: () => value,
    set(next: T) {
      value = next;
      listeners.forEach((listener) => listener());
    },
  };
}
