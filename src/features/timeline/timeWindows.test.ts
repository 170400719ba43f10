import { datedDataset } from "../../../test-support/datedDataset";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../dataset/datasetIndex";
import type { TimelineEvent } from "../../dataset/schema";
import { ITEM_BOX } from "./itemBox";
import { boxIsWhole, crowdWindow, focusWindow, fullWindow, initialWindow, windowCentredOn, windowWithWholeBoxes } from "./timeWindows";

const DAY = 86_400_000;
const dataset = datedDataset([
  { id: "a", date: "2020-01", title: "A" },
  { id: "b", date: "2024-11-20", title: "B" },
]);
const events = dataset.events;

describe("fullWindow", () => {
  it("contains every event with room for half an item box on each side", () => {
    const window = fullWindow(events, 1000, 100);
    const span = window.end.getTime() - window.start.getTime();
    const pxPerMs = 1000 / span;
    expect((events[0]!.date.start.getTime() - window.start.getTime()) * pxPerMs).toBeGreaterThanOrEqual(99.9);
    expect((window.end.getTime() - events[1]!.date.start.getTime()) * pxPerMs).toBeGreaterThanOrEqual(99.9);
  });

  it("stays finite for a hidden (zero-width) container", () => {
    const window = fullWindow(events, 0);
    expect(Number.isFinite(window.start.getTime()) && Number.isFinite(window.end.getTime())).toBe(true);
    expect(window.end > window.start).toBe(true);
  });

  it("gives a single event a window around it", () => {
    const window = fullWindow(events.slice(0, 1), 800);
    expect(window.end.getTime() - window.start.getTime()).toBeGreaterThan(30 * DAY);
  });
});

describe("focusWindow", () => {
  it("centres on the event and is narrower than the whole", () => {
    const whole = fullWindow(events, 1000);
    const focus = focusWindow(events[1]!, whole);
    const centre = (focus.start.getTime() + focus.end.getTime()) / 2;
    expect(centre).toBeCloseTo(events[1]!.date.start.getTime(), -3);
    expect(focus.end.getTime() - focus.start.getTime()).toBeLessThan(whole.end.getTime() - whole.start.getTime());
  });
});

describe("initialWindow", () => {
  const index = buildIndex(dataset);
  it("opens on the event selected at opening, else on all the shown events", () => {
    const none = { selectedId: null, periodId: null };
    const whole = initialWindow(index, index.events, none, null, 800, 30);
    expect(whole).toEqual(fullWindow(index.events, 800));
    const focus = initialWindow(index, index.events, { selectedId: index.events[1]!.id, periodId: null }, index.events[1]!.id, 800, 30);
    expect(focus).toEqual(focusWindow(index.events[1]!, whole));
  });

  it("keeps the opening window for an event selected since, unless it lies outside", () => {
    const whole = fullWindow(index.events, 800);
    expect(initialWindow(index, index.events, { selectedId: null, periodId: null }, index.events[0]!.id, 800, 30)).toEqual(whole);
    const focus = initialWindow(index, index.events, { selectedId: index.events[1]!.id, periodId: null }, index.events[0]!.id, 800, 30);
    expect(focus).toEqual(focusWindow(index.events[0]!, whole));
  });
});

describe("windowWithWholeBoxes", () => {
  const event = (id: string, date: string) =>
    ({ id, date: { start: new Date(date), end: new Date(date), text: date, precision: "day" } }) as unknown as TimelineEvent;
  const window = { start: new Date("2024-01-01"), end: new Date("2025-01-01") };
  const [edge, mid, out] = [event("edge", "2024-12-28"), event("mid", "2024-06-01"), event("out", "2026-06-01")];
  const near = [edge, mid, out];

  it("widens a window so that a box near its edge is whole, and leaves boxes outside out", () => {
    expect(boxIsWhole(edge, window, 800)).toBe(false);
    const widened = windowWithWholeBoxes(window, near, 800);
    expect(boxIsWhole(edge, widened, 800)).toBe(true);
    expect(boxIsWhole(mid, widened, 800)).toBe(true);
    expect(widened.start.getTime()).toBe(window.start.getTime());
    expect(widened.end.getTime()).toBeLessThan(new Date("2026-03-01").getTime());
    // Half a box (and a gap) of room on the right, at the widened scale.
    const pxPerMs = 800 / (widened.end.getTime() - widened.start.getTime());
    expect((widened.end.getTime() - new Date("2024-12-28").getTime()) * pxPerMs).toBeGreaterThanOrEqual(ITEM_BOX.width / 2);
  });

  it("leaves a range room for its label after its start, where the label runs", () => {
    const range = { ...(edge as object), id: "range", date: mid.date, end: mid.date } as unknown as TimelineEvent;
    const late = { ...(range as object), date: { ...mid.date, start: new Date("2024-11-20") } } as unknown as TimelineEvent;
    expect(boxIsWhole(range, window, 800)).toBe(true);
    expect(boxIsWhole(late, window, 800)).toBe(false);
    const widened = windowWithWholeBoxes(window, [late], 800);
    expect(boxIsWhole(late, widened, 800)).toBe(true);
    const pxPerMs = 800 / (widened.end.getTime() - widened.start.getTime());
    expect((widened.end.getTime() - new Date("2024-11-20").getTime()) * pxPerMs).toBeGreaterThanOrEqual(ITEM_BOX.width);
  });

  it("takes in a box whose date lies just beyond the edge but which shows in part, and makes it whole", () => {
    const beyond = event("beyond", "2025-01-10");
    expect(boxIsWhole(beyond, window, 800)).toBe(false);
    const widened = windowWithWholeBoxes(window, [mid, beyond], 800);
    expect(boxIsWhole(beyond, widened, 800)).toBe(true);
  });

  it("leaves a window with room to spare as it is", () => {
    expect(windowWithWholeBoxes(window, [mid], 800)).toEqual(window);
  });

  it("centres a window of the same span on an event", () => {
    const centred = windowCentredOn(mid, window);
    expect(centred.end.getTime() - centred.start.getTime()).toBe(window.end.getTime() - window.start.getTime());
    expect((centred.start.getTime() + centred.end.getTime()) / 2).toBe(new Date("2024-06-01").getTime());
  });
});

describe("windowWithWholeBoxes, a range's label before a point's box", () => {
  it("never inverts the window (no span fits both edges exactly)", () => {
    const at = (id: string, date: string, end?: string) =>
      ({
        id,
        date: { start: new Date(date), end: new Date(date), text: date, precision: "day" },
        end: end ? { start: new Date(end), end: new Date(end), text: end, precision: "day" } : null,
      }) as unknown as TimelineEvent;
    const range = at("range", "2023-05-01", "2023-08-31");
    const point = at("point", "2023-05-20");
    const window = { start: new Date("2023-01-01"), end: new Date("2023-12-31") };
    for (const width of [283, 338, 716]) {
      const widened = windowWithWholeBoxes(window, [range, point], width);
      expect(widened.end.getTime()).toBeGreaterThan(widened.start.getTime());
      expect(Number.isFinite(widened.start.getTime())).toBe(true);
    }
  });
});

describe("crowdWindow", () => {
  const on = (iso: string, id: string) => ({ ...events[1]!, id, date: { ...events[1]!.date, start: new Date(iso) } });
  it("opens a count of a few days on those days, no closer than the timeline zooms", () => {
    const days = [on("2022-01-01", "x"), on("2022-01-02", "y"), on("2022-01-03", "z")];
    const window = crowdWindow(days, 1200, DAY / 2);
    expect(window.start.getTime()).toBeLessThan(Date.parse("2022-01-01"));
    expect(window.end.getTime()).toBeGreaterThan(Date.parse("2022-01-03"));
    expect(window.end.getTime() - window.start.getTime()).toBeLessThan(3 * DAY);
    const closest = crowdWindow(days, 1200, 7 * DAY);
    expect(closest.end.getTime() - closest.start.getTime()).toBe(7 * DAY);
    expect((closest.start.getTime() + closest.end.getTime()) / 2).toBe(Date.parse("2022-01-02"));
  });
});

describe("a timeline of a few hours", () => {
  const HOUR = DAY / 24;
  const timed = (dates: string[]) => datedDataset(dates).events;
  const threeHours = timed(["2024-05-19T09:00", "2024-05-19T10:15", "2024-05-19T11:20", "2024-05-19T12:00"]);

  it("opens with its events filling the frame, not on months", () => {
    for (const width of [320, 375, 1280]) {
      const window = fullWindow(threeHours, width);
      const span = window.end.getTime() - window.start.getTime();
      expect(window.start.getTime()).toBeLessThan(threeHours[0]!.date.start.getTime());
      expect(window.end.getTime()).toBeGreaterThan(threeHours[3]!.date.start.getTime());
      // The events' three hours take most of a wide frame, and at least a fifth of a phone's.
      expect((3 * HOUR) / span).toBeGreaterThan(width >= 1280 ? 0.6 : 0.2);
    }
  });

  it("gives a lone timed event a window of hours, and one dated to the month a month still", () => {
    const one = fullWindow(threeHours.slice(0, 1), 1280);
    expect(one.end.getTime() - one.start.getTime()).toBeLessThan(3 * HOUR);
    expect(one.end.getTime() - one.start.getTime()).toBeGreaterThanOrEqual(HOUR);
    const dated = fullWindow(timed(["2024-05", "2024-06"]), 1280);
    expect(dated.end.getTime() - dated.start.getTime()).toBeGreaterThan(30 * DAY);
  });

  it("focuses on an event within the few hours, not four months", () => {
    const whole = fullWindow(threeHours, 1280);
    const focus = focusWindow(threeHours[1]!, whole);
    expect(focus.end.getTime() - focus.start.getTime()).toBeLessThanOrEqual(whole.end.getTime() - whole.start.getTime());
  });
});

describe("a story of a week, dated to the day", () => {
  const story = (dates: string[]) => datedDataset(dates.map((date, i) => ({ date, title: `Event ${i}` }))).events;
  const week = story(["2024-11-11", "2024-11-12", "2024-11-13", "2024-11-14", "2024-11-15", "2024-11-16", "2024-11-17"]);
  const spanOf = (window: { start: Date; end: Date }) => window.end.getTime() - window.start.getTime();

  it("opens on about its week, each box with room to be whole, not on months", () => {
    // The frames the first paint plans for (desktop, phone, narrowest phone) and a full-width desktop.
    for (const [width, most] of [
      [1280, 8 * DAY],
      [716, 9 * DAY],
      [338, 15 * DAY],
      [270, 24 * DAY],
    ] as const) {
      const window = fullWindow(week, width);
      expect(spanOf(window), `at ${width} px`).toBeLessThanOrEqual(most);
      for (const event of week) expect(boxIsWhole(event, window, width), `${event.id} at ${width} px`).toBe(true);
    }
  });

  it("opens a one-day story on a couple of days", () => {
    const day = story(["2024-11-11"]);
    for (const width of [1280, 716, 338]) {
      const window = fullWindow(day, width);
      expect(spanOf(window)).toBeGreaterThanOrEqual(2 * DAY);
      expect(spanOf(window)).toBeLessThanOrEqual(3 * DAY);
      expect(boxIsWhole(day[0]!, window, width)).toBe(true);
    }
  });

  it("focuses on an event within its week, not on four months", () => {
    const whole = fullWindow(week, 716);
    const focus = focusWindow(week[3]!, whole);
    expect(spanOf(focus)).toBeLessThanOrEqual(spanOf(whole));
    const index = buildIndex({ ...dataset, events: week });
    const opened = initialWindow(index, week, { selectedId: "e3", periodId: null }, null, 716, 20);
    expect(spanOf(opened)).toBeLessThanOrEqual(9 * DAY);
  });
});
