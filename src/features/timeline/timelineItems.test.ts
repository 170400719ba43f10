import { describe, expect, it } from "vitest";
import { parseDataset } from "../dataset/parse";
import { buildIndex } from "../dataset/datasetIndex";
import { axisTicks, focusWindow, fullWindow, initialWindow, PREVIEW_BOX, previewLayout } from "./timelineItems";

const DAY = 86_400_000;
const dataset = parseDataset(
  JSON.stringify({
    version: 1,
    title: "T",
    categories: [{ id: "c", label: "C" }],
    sources: [{ id: "s", outlet: null, title: null, published: null, summary: "S" }],
    events: [
      { id: "a", date: "2020-01", title: "A", summary: "S", category: "c", sources: [{ source: "s" }] },
      { id: "b", date: "2024-11-20", title: "B", summary: "S", category: "c", sources: [{ source: "s" }] },
    ],
  }),
  "t.json",
);
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

const at = (id: string, date: string) => ({
  id,
  date: { start: new Date(date), end: new Date(date), text: date, precision: "day" as const },
});
const yearWindow = { start: new Date("2024-01-01"), end: new Date("2025-01-01") };

describe("previewLayout", () => {
  it("places each event at its date's share of the window", () => {
    const [item] = previewLayout([at("mid", "2024-07-02")] as never, yearWindow, 1000, null);
    expect(item!.x).toBeCloseTo(50, 0);
    expect(item!.lane).toBe(0);
  });

  it("stacks boxes that would overlap, and keeps apart ones on the same row", () => {
    const items = previewLayout([at("a", "2024-03-01"), at("b", "2024-03-05"), at("c", "2024-11-01")] as never, yearWindow, 1000, null);
    expect(items.map((i) => [i.event.id, i.lane])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
  });

  it("leaves out what is outside the window or beyond the last row, never the selected event", () => {
    const crowd = Array.from({ length: PREVIEW_BOX.maxLanes + 3 }, (_, i) => at(`e${i}`, `2024-06-${String(i + 1).padStart(2, "0")}`));
    const items = previewLayout([at("before", "2023-06-01"), ...crowd] as never, yearWindow, 1000, "e7");
    expect(items.some((i) => i.event.id === "before")).toBe(false);
    expect(items).toHaveLength(PREVIEW_BOX.maxLanes);
    expect(items[0]).toMatchObject({ event: { id: "e7" }, lane: 0 });
  });
});

describe("axisTicks", () => {
  it("marks years over a long window and months over a short one", () => {
    const years = axisTicks({ start: new Date(2019, 10, 1), end: new Date(2025, 1, 1) });
    expect(years.map((t) => t.date.getFullYear())).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(years.every((t) => t.precision === "year" && t.x > 0 && t.x < 100)).toBe(true);
    const months = axisTicks({ start: new Date(2024, 2, 15), end: new Date(2024, 6, 15) });
    expect(months.map((t) => t.date.getMonth())).toEqual([3, 4, 5, 6]);
  });
});

describe("initialWindow", () => {
  const index = buildIndex(dataset);
  it("opens on the event selected at opening, else on all the shown events", () => {
    const none = { selectedId: null, periodId: null };
    const whole = initialWindow(index, index.events, none, null, 800);
    expect(whole).toEqual(fullWindow(index.events, 800));
    const focus = initialWindow(index, index.events, { selectedId: index.events[1]!.id, periodId: null }, index.events[1]!.id, 800);
    expect(focus).toEqual(focusWindow(index.events[1]!, whole));
  });

  it("keeps the opening window for an event selected since, unless it lies outside", () => {
    const whole = fullWindow(index.events, 800);
    expect(initialWindow(index, index.events, { selectedId: null, periodId: null }, index.events[0]!.id, 800)).toEqual(whole);
    const focus = initialWindow(index, index.events, { selectedId: index.events[1]!.id, periodId: null }, index.events[0]!.id, 800);
    expect(focus).toEqual(focusWindow(index.events[0]!, whole));
  });
});
