import { useEffect, useState } from "react";

/** `value` once it has stayed the same for `delayMs` (at once if `delayMs` is 0, or if `of` changed:
 * another draft is never shown as a moment-old version of this one). For work too slow for every key
 * of a long draft (checking it whole, drawing it in the preview): done in the reporter's pauses. */
export function useSettled<T>(value: T, of: string, delayMs: number): T {
  const [settled, setSettled] = useState({ value, of });
  useEffect(() => {
    if (delayMs === 0 || settled.value === value) return;
    const timer = setTimeout(() => setSettled({ value, of }), delayMs);
    return () => clearTimeout(timer);
  }, [value, of, delayMs, settled.value]);
  return delayMs === 0 || settled.of !== of ? value : settled.value;
}
