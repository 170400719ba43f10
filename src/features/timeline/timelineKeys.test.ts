import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../dataset/schema";
import { timelineKeyAction } from "./timelineKeys";

const events = ["a", "b", "c"].map((id) => ({ id })) as TimelineEvent[];
const positions = new Map(events.map((event, i) => [event.id, i]));
const keyAction = (key: string, list: readonly TimelineEvent[], selectedId: string | null, dir: "ltr" | "rtl") =>
  timelineKeyAction(key, list, selectedId, dir, positions);

describe("timelineKeyAction", () => {
  it("walks the events in date order, later to the right in a left-to-right language", () => {
    expect(keyAction("ArrowRight", events, "a", "ltr")).toEqual({ select: "b" });
    expect(keyAction("ArrowLeft", events, "b", "ltr")).toEqual({ select: "a" });
    expect(keyAction("ArrowRight", events, "c", "ltr")).toEqual({ select: "c" });
  });

  it("reverses left and right in a right-to-left language", () => {
    expect(keyAction("ArrowLeft", events, "a", "rtl")).toEqual({ select: "b" });
    expect(keyAction("ArrowRight", events, "b", "rtl")).toEqual({ select: "a" });
  });

  it("starts from the first event going forward, the last going back; Home and End jump", () => {
    expect(keyAction("ArrowDown", events, null, "ltr")).toEqual({ select: "a" });
    expect(keyAction("ArrowUp", events, null, "ltr")).toEqual({ select: "c" });
    expect(keyAction("End", events, "a", "ltr")).toEqual({ select: "c" });
    expect(keyAction("Home", events, "c", "ltr")).toEqual({ select: "a" });
  });

  it("zooms on + and −, and ignores other keys and an empty timeline", () => {
    expect(keyAction("+", events, null, "ltr")).toEqual({ zoom: "in" });
    expect(keyAction("-", events, null, "ltr")).toEqual({ zoom: "out" });
    expect(keyAction("x", events, null, "ltr")).toBeNull();
    expect(keyAction("ArrowRight", [], null, "ltr")).toBeNull();
  });
});

describe("timelineKeyAction on a search's matches", () => {
  const matches = [events[0]!, events[2]!];
  it("steps from the selection's place among them", () => {
    expect(keyAction("ArrowRight", matches, "a", "ltr")).toEqual({ select: "c" });
    expect(keyAction("ArrowLeft", matches, "c", "ltr")).toEqual({ select: "a" });
  });

  it("starts from an end where the selection is not among them", () => {
    expect(keyAction("ArrowRight", matches, "b", "ltr")).toEqual({ select: "a" });
    expect(keyAction("ArrowLeft", matches, "b", "ltr")).toEqual({ select: "c" });
  });
});

describe("a key's work on a large dataset", () => {
  // 100,000 events in the index's order, counting each read of one of them.
  const SIZE = 100_000;
  const all = Array.from({ length: SIZE }, (_, i) => ({ id: `event-${i}` }) as TimelineEvent);
  const positionById = new Map(all.map((event, i) => [event.id, i]));
  let reads = 0;
  const counted = (list: TimelineEvent[]) =>
    new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  /** The events one key reads, and what it does. */
  const step = (list: TimelineEvent[], key: string, selectedId: string) => {
    reads = 0;
    const action = timelineKeyAction(key, counted(list), selectedId, "ltr", positionById);
    return { action, reads };
  };

  it("reads a few events, not every one, to step from the selection", () => {
    const { action, reads: read } = step(all, "ArrowRight", "event-50000");
    expect(action).toEqual({ select: "event-50001" });
    expect(read).toBeLessThan(50);
  });

  it("reads a few of a search's matches to step among them", () => {
    // Every third event matches; the selection is one of them, then one that is not.
    const matches = all.filter((_, i) => i % 3 === 0);
    const among = step(matches, "ArrowLeft", "event-60000");
    expect(among.action).toEqual({ select: "event-59997" });
    expect(among.reads).toBeLessThan(50);
    const outside = step(matches, "ArrowRight", "event-60001");
    expect(outside.action).toEqual({ select: "event-0" });
    expect(outside.reads).toBeLessThan(50);
  });
});
