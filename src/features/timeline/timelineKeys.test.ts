import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../dataset/schema";
import { timelineKeyAction } from "./timelineKeys";

const events = ["a", "b", "c"].map((id) => ({ id })) as TimelineEvent[];

describe("timelineKeyAction", () => {
  it("walks the events in date order, later to the right in a left-to-right language", () => {
    expect(timelineKeyAction("ArrowRight", events, "a", "ltr")).toEqual({ select: "b" });
    expect(timelineKeyAction("ArrowLeft", events, "b", "ltr")).toEqual({ select: "a" });
    expect(timelineKeyAction("ArrowRight", events, "c", "ltr")).toEqual({ select: "c" });
  });

  it("reverses left and right in a right-to-left language", () => {
    expect(timelineKeyAction("ArrowLeft", events, "a", "rtl")).toEqual({ select: "b" });
    expect(timelineKeyAction("ArrowRight", events, "b", "rtl")).toEqual({ select: "a" });
  });

  it("starts from the first event going forward, the last going back; Home and End jump", () => {
    expect(timelineKeyAction("ArrowDown", events, null, "ltr")).toEqual({ select: "a" });
    expect(timelineKeyAction("ArrowUp", events, null, "ltr")).toEqual({ select: "c" });
    expect(timelineKeyAction("End", events, "a", "ltr")).toEqual({ select: "c" });
    expect(timelineKeyAction("Home", events, "c", "ltr")).toEqual({ select: "a" });
  });

  it("zooms on + and −, and ignores other keys and an empty timeline", () => {
    expect(timelineKeyAction("+", events, null, "ltr")).toEqual({ zoom: "in" });
    expect(timelineKeyAction("-", events, null, "ltr")).toEqual({ zoom: "out" });
    expect(timelineKeyAction("x", events, null, "ltr")).toBeNull();
    expect(timelineKeyAction("ArrowRight", [], null, "ltr")).toBeNull();
  });
});
