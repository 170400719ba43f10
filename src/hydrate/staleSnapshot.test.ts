import { describe, expect, it } from "vitest";
import { changedSinceDrawn } from "./staleSnapshot";

const event = (updates: { date: string }[]) => ({ updates }) as never;
const drawnAt = (updated: string | null, digest: string | null = null) => ({ updated, digest });

describe("changedSinceDrawn", () => {
  it("is null for the version the page was drawn from", () => {
    expect(changedSinceDrawn(drawnAt("2024-06-03T10:00:00Z"), { dataset: { updated: "2024-06-03T10:00:00Z", events: [] } })).toBeNull();
    expect(changedSinceDrawn(drawnAt(null), { dataset: { updated: null, events: [] } })).toBeNull();
  });

  it("counts the events updated since the drawn version", () => {
    const events = [event([{ date: "2024-06-01" }]), event([{ date: "2024-06-01" }, { date: "2024-07-01T08:00:00Z" }]), event([])];
    expect(changedSinceDrawn(drawnAt("2024-06-03T10:00:00Z"), { dataset: { updated: "2024-07-01T08:00:00Z", events } })).toEqual({
      updated: 1,
    });
    // Drawn from a version that did not say when it changed: which updates are new is not known.
    expect(changedSinceDrawn(drawnAt(null), { dataset: { updated: "2024-07-01T08:00:00Z", events } })).toEqual({ updated: 0 });
  });

  it("tells a file without `updated` from the one the page was drawn from by their digests", () => {
    const dataset = { updated: null, events: [] };
    expect(changedSinceDrawn(drawnAt(null, "aa11"), { dataset, digest: "bb22" })).toEqual({ updated: 0 });
    expect(changedSinceDrawn(drawnAt(null, "aa11"), { dataset, digest: "aa11" })).toBeNull();
    // A change that did not move `updated` is another version too.
    const same = { updated: "2024-06-03T10:00:00Z", events: [] };
    expect(changedSinceDrawn(drawnAt("2024-06-03T10:00:00Z", "aa11"), { dataset: same, digest: "bb22" })).toEqual({ updated: 0 });
  });

  it("tells versions by `updated` where either digest is unknown (a page that cannot compute one)", () => {
    const dataset = { updated: "2024-06-03T10:00:00Z", events: [] };
    expect(changedSinceDrawn(drawnAt("2024-06-03T10:00:00Z", "aa11"), { dataset, digest: null })).toBeNull();
    expect(changedSinceDrawn(drawnAt("2024-06-01T10:00:00Z", null), { dataset, digest: "bb22" })).toEqual({ updated: 0 });
  });
});
