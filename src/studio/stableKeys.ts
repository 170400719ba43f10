import { useState } from "react";

/** A list's own source of new keys: a key need only be unique among its list's items. */
const keyMaker = () => {
  let made = 0;
  return () => `k${++made}`;
};

/** Keys for a list's items that follow each item through edits, as ids cannot (an event's id
 * follows its title while it is typed): an item kept as it was keeps its key wherever it moved;
 * an item changed in place takes the key of the one it replaced; anything else is new. */
export function nextKeys<T extends object>(
  previous: { items: readonly T[]; keys: readonly string[] } | null,
  items: readonly T[],
  fresh: () => string,
): string[] {
  if (!previous) return items.map(() => fresh());
  const byItem = new Map<T, string>();
  previous.items.forEach((item, i) => byItem.set(item, previous.keys[i]!));
  const used = new Set<string>();
  const kept = items.map((item) => {
    const key = byItem.get(item);
    if (key === undefined || used.has(key)) return undefined;
    used.add(key);
    return key;
  });
  return kept.map((key, i) => {
    if (key !== undefined) return key;
    const replaced = previous.keys[i];
    if (replaced !== undefined && !used.has(replaced)) {
      used.add(replaced);
      return replaced;
    }
    return fresh();
  });
}

/** The list's keys, kept from one render to the next (see `nextKeys`). */
export function useStableKeys<T extends object>(items: readonly T[]): readonly string[] {
  const [kept, setKept] = useState(() => {
    const fresh = keyMaker();
    return { items, keys: nextKeys(null, items, fresh), fresh };
  });
  if (kept.items === items) return kept.keys;
  const next = { items, keys: nextKeys(kept, items, kept.fresh), fresh: kept.fresh };
  setKept(next);
  return next.keys;
}
