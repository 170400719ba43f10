import type { Timeline } from "vis-timeline/esnext";

/** The part of vis-timeline's ItemSet (a field the Timeline does not declare) this module uses. */
interface ItemSet {
  redraw(): boolean;
  initialItemSetDrawn?: boolean;
}

/** Runs `change` (changes to the timeline's items DataSet) with vis-timeline laying the items out
 * once for all of it, in the redraw it queues for the next frame.
 *
 * vis-timeline's ItemSet lays its items out (`redraw`, reading the boxes' sizes) at once on each
 * DataSet event it hears, and a DataSet sends one per kind of change: a removal, an addition and
 * an update are three layouts, then the redraw each change queues (throttled to one per frame)
 * lays them out again. While `change` runs the ItemSet's own redraw is skipped; the queued one
 * draws the items. Before the ItemSet's first draw, vis-timeline redraws at once rather than
 * queueing, so there `change` runs as it is. */
export function inOneLayout(timeline: Timeline | undefined, change: () => void): void {
  const itemSet = (timeline as unknown as { itemSet?: ItemSet } | undefined)?.itemSet;
  if (!timeline || !itemSet?.initialItemSetDrawn || typeof itemSet.redraw !== "function") return change();
  const own = Object.prototype.hasOwnProperty.call(itemSet, "redraw");
  const redraw = itemSet.redraw;
  let asked = false;
  itemSet.redraw = () => {
    asked = true;
    return false;
  };
  try {
    change();
  } finally {
    if (own) itemSet.redraw = redraw;
    else delete (itemSet as Partial<ItemSet>).redraw;
  }
  // Queued already by each change vis-timeline heard; asked again in case one was not.
  if (asked) timeline.redraw();
}
