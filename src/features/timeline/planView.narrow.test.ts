import { describe, expect, it } from "vitest";
import { buildIndex } from "../../dataset/datasetIndex";
import { datedDataset } from "../../../test-support/datedDataset";
import { openingCapacity, planWholeView } from "./wholeView";
import { boxIsWhole, initialWindow, windowCentredOn } from "./timeWindows";

/** Thirty events over two years: same-day clusters, a season-long range, as a researcher's notes. */
function dense() {
  const days = ["2023-01-10", "2023-03-02", "2023-03-02", "2023-03-03", "2023-05", "2023-06-15", "2023-07-01", "2023-07-01", "2023-07-01"];
  days.push("2023-09-12", "2023-10-07", "2023-10-07", "2023-10-08", "2023-11", "2023-12-24", "2024", "2024-01-03", "2024-02-14");
  const ranges: Record<number, string> = { 4: "2023-08", 10: "2023-10-10" };
  return buildIndex(datedDataset(days.map((date, i) => ({ date, end: ranges[i] ?? null }))));
}

describe("planWholeView on a narrow frame", () => {
  it("settles on a finite window with the selected box whole, whatever it selects", () => {
    const index = dense();
    for (const widthPx of [270, 283, 338]) {
      for (const lanes of [2, 3, 5]) {
        const frame = { widthPx, lanes };
        const none = { selectedId: null, periodId: null };
        const opening = planWholeView(
          index.events,
          initialWindow(index, index.events, none, null, widthPx, openingCapacity(frame)),
          frame,
          null,
          0,
        ).window;
        for (const event of index.events) {
          const { window } = planWholeView(index.events, windowCentredOn(event, opening), frame, event, 0);
          expect(Number.isFinite(window.start.getTime()) && Number.isFinite(window.end.getTime()), event.id).toBe(true);
          expect(window.end.getTime()).toBeGreaterThan(window.start.getTime());
          expect(boxIsWhole(event, window, widthPx), `${event.id} at ${widthPx}px`).toBe(true);
        }
      }
    }
  });
});
