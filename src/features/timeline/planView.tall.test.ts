import { describe, expect, it } from "vitest";
import { buildIndex } from "../../dataset/datasetIndex";
import { datedDataset } from "../../../test-support/datedDataset";
import { eventLanes, planView } from "./planView";

/** Ten events a day apart, each with a title long enough for a box two lanes tall. */
function longTitles() {
  const title = "A long-winded title that goes on for a considerable while about an event and what followed it in the weeks after";
  return buildIndex(datedDataset(Array.from({ length: 10 }, (_, i) => ({ date: `2022-01-${String(i + 1).padStart(2, "0")}`, title }))))
    .events;
}

describe("a crowd of tall boxes on a short screen", () => {
  it("draws two whole boxes and the count above them, where one lane kept for the count leaves room for one", () => {
    const events = longTitles();
    expect(eventLanes(events[0]!, 4)).toBe(2);
    const window = { start: new Date("2021-12-01"), end: new Date("2022-02-01") };
    const plan = planView(events, window, { widthPx: 343, lanes: 4 }, null, 0);
    expect(plan.boxes.length).toBe(2);
    expect(plan.crowds.length).toBe(1);
    expect(plan.crowds[0]!.count).toBe(events.length - 2);
    expect(plan.crowds[0]!.lane).toBe(4);
    expect(plan.lanes).toBe(5);
  });
});

describe("a range's date", () => {
  it("is reckoned from its text: two years on one line, a three-line title's range box one lane tall", () => {
    const title = "A long-winded title that goes on for a considerable while";
    const [range] = buildIndex(datedDataset([{ date: "0602", end: "0629", title }])).events;
    expect(eventLanes(range!, 6)).toBe(1);
  });
});
