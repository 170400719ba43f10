import fc from "fast-check";
import { datedDataset } from "../../../test-support/datedDataset";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../dataset/datasetIndex";
import { timeScaleOf } from "../../dataset/timeScale";
import { axisTicks } from "./axisTicks";
import { openingCapacity, planWholeView } from "./wholeView";
import { initialWindow } from "./timeWindows";
import { zoomMaxFor, zoomMinFor } from "./zoomLimits";
import { formatAxisTick } from "../../lib/dates";

/** A timeline of deep time: years alone, from the Big Bang to a day of this century. */
function cosmos(years: string[]) {
  return buildIndex(datedDataset(years));
}

const valid = (date: Date) => !Number.isNaN(date.getTime());

describe("a timeline of deep time", () => {
  it("opens on all of it, every event a box or in a count, each place and each axis label a year", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(320, 375, 1280),
        (years, widthPx) => {
          const index = cosmos([
            ...years.map((year) => String(year).replace(/^(-?)(\d{1,3})$/, (_, s, d) => s + d.padStart(4, "0"))),
            "2024-05-30",
          ]);
          const frame = { widthPx, lanes: 4 };
          const first = initialWindow(index, index.events, { selectedId: null, periodId: null }, null, widthPx, openingCapacity(frame));
          const { window, plan } = planWholeView(index.events, first, frame, null, 0);
          expect(valid(window.start) && valid(window.end)).toBe(true);
          const shown = plan.boxes.length + plan.crowds.reduce((sum, crowd) => sum + crowd.count, 0);
          expect(shown).toBe(index.events.length);
          for (const crowd of plan.crowds) expect(valid(crowd.start) && valid(crowd.end)).toBe(true);
          const scale = timeScaleOf(index.dataset);
          for (const tick of axisTicks(window, widthPx))
            expect(formatAxisTick(tick.date, tick.precision, "en", scale)).not.toMatch(/NaN|Invalid/);
          expect(zoomMinFor(index)).toBeLessThan(zoomMaxFor(index));
        },
      ),
      { numRuns: 60 },
    );
  });
});
