import { describe, expect, it } from "vitest";
import { keepSent } from "./draftWorker";

const slices = { head: "{}", events: [], sources: [], periods: null };
const check = (id: number, withSlices: boolean) => ({ type: "check" as const, id, draft: withSlices ? slices : null, untitled: "U" });

describe("the draft worker's checks", () => {
  it("never drop a draft's slices for a check of it by id alone", () => {
    expect(keepSent(check(2, true), check(2, false))).toEqual(check(2, true));
    // Another draft, or slices again: the newer is asked.
    expect(keepSent(check(2, true), check(3, false))).toEqual(check(3, false));
    expect(keepSent(check(2, true), check(2, true)).draft).toBe(slices);
    expect(keepSent(check(2, false), check(2, false))).toEqual(check(2, false));
  });
});
