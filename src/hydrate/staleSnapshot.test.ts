import { describe, expect, it } from "vitest";
import { changedSinceDrawn } from "./staleSnapshot";

const event = (updates: { date: string }[]) => ({ updates }) as never;

describe("changedSinceDrawn", () => {
  it("is null for the version the page was drawn from", () => {
    expect(changedSinceDrawn("2024-06-03T10:00:00Z", { updated: "2024-06-03T10:00:00Z", events: [] })).toBeNull();
    expect(changedSinceDrawn(null, { updated: null, events: [] })).toBeNull();
  });

  it("counts the events updated since the drawn version", () => {
    const events = [event([{ date: "2024-06-01" }]), event([{ date: "2024-06-01" }, { date: "2024-07-01T08:00:00Z" }]), event([])];
    expect(changedSinceDrawn("2024-06-03T10:00:00Z", { updated: "2024-07-01T08:00:00Z", events })).toEqual({ updated: 1 });
    expect(changedSinceDrawn(null, { updated: "2024-07-01T08:00:00Z", events })).toEqual({ updated: 2 });
  });
});
