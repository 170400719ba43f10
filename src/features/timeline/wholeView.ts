// The plan for a window the app settles on (opens, or moves to): widened until every box it draws
// is whole, and without the boxes its edges would still cut.
import { LARGE_DATASET } from "../../dataset/datasetIndex";
import type { TimelineEvent } from "../../dataset/schema";
import { planView, STRETCH_PX, type PlanFrame, type ViewPlan } from "./planView";
import { boxIsWhole, boxShows, windowShowing, windowWithWholeBoxes, type TimeWindow } from "./timeWindows";

/** How wide a window may grow for whole boxes. In a large dataset, each widening brings more boxes
 * to its edges, and past 1.6× the view would no longer be the one asked for (its edges then cut
 * boxes as a pan does). A small one's widening settles, at worst on all of its events, counted where
 * they crowd; where no span can hold two boxes whole (a range's label beside a point's box on a
 * narrow frame), a few times the whole dataset's span ends it. The selected box is whole either way. */
function widestWindow(events: readonly TimelineEvent[], asked: number): number {
  if (events.length > LARGE_DATASET) return asked * 1.6;
  const first = events[0]?.date.start.getTime() ?? 0;
  const last = Math.max(first, ...events.map((e) => (e.end ?? e.date).end.getTime()));
  return Math.max(asked * 1.6, (last - first) * 4);
}

/** `window`, widened until every box its plan draws on screen is whole, and that plan. Widening
 * can change the zoom level and so the plan: a few rounds settle it, within `widestWindow`. */
export function planWholeView(
  events: readonly TimelineEvent[],
  window: TimeWindow,
  frame: PlanFrame,
  selected: TimelineEvent | null,
  longest: number,
): { window: TimeWindow; plan: ViewPlan } {
  const widest = widestWindow(events, window.end.getTime() - window.start.getTime());
  let current = window;
  let plan = planView(events, current, frame, selected, longest);
  for (let round = 0; round < 12; round++) {
    const widened = windowWithWholeBoxes(
      current,
      plan.boxes.map((box) => box.event),
      frame.widthPx,
    );
    if (widened.start.getTime() === current.start.getTime() && widened.end.getTime() === current.end.getTime()) break;
    if (widened.end.getTime() - widened.start.getTime() > widest) break;
    current = widened;
    plan = planView(events, current, frame, selected, longest);
  }
  // Where no widening can make every box whole (a narrow frame), the selected one is, at least.
  if (selected && !boxIsWhole(selected, current, frame.widthPx)) {
    current = windowShowing(selected, current, frame.widthPx);
    plan = planView(events, current, frame, selected, longest);
  }
  return { window: current, plan: withoutCutBoxes(plan, current, frame, selected) };
}

/** `plan` for a window the app settles on (opens, or moves to): without the boxes its edges would
 * still cut, which a pan brings in whole. The selected box stays; it is whole. */
export function withoutCutBoxes(plan: ViewPlan, window: TimeWindow, frame: PlanFrame, selected: TimelineEvent | null): ViewPlan {
  // Whole to within a couple of pixels: vis-timeline's window may differ from the planned one by rounding.
  const slack = (2 * (window.end.getTime() - window.start.getTime())) / Math.max(frame.widthPx, 1);
  const loose = { start: new Date(window.start.getTime() - slack), end: new Date(window.end.getTime() + slack) };
  const cut = (event: TimelineEvent) =>
    event !== selected && boxShows(event, window, frame.widthPx) && !boxIsWhole(event, loose, frame.widthPx);
  const boxes = plan.boxes.filter(({ event }) => !cut(event));
  if (boxes.length === plan.boxes.length) return plan;
  return { ...plan, boxes, key: `${plan.key}:settled:${window.start.getTime()}:${window.end.getTime()}` };
}

/** How many events the opening view of a large dataset starts from: about what its lanes hold. */
export function openingCapacity(frame: PlanFrame): number {
  return Math.min(30, Math.max(3, Math.floor(frame.widthPx / STRETCH_PX) * frame.lanes));
}
