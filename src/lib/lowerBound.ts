/** The first index in `0..length` at which `isBefore` turns false, for a sorted sequence where it
 * is true for a prefix (binary search: the place a value goes, or where it is). */
export function lowerBound(length: number, isBefore: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
