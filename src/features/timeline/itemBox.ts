/** The one geometry of an event's box on the timeline, shared by the window maths, the static
 * preview and the stylesheet (which reads it as `--item-box-width` etc., see build/itemBoxCss.ts). */
export const ITEM_BOX = {
  /** Outer width of a box, border included. */
  width: 168,
  /** Height of a box in the static preview. */
  height: 76,
  /** The gap kept between boxes. */
  gap: 8,
  /** The static preview's rows above the axis. */
  maxLanes: 5,
  /** The strip between the axis and the first row of boxes, where period labels sit uncovered. */
  labelStrip: 28,
} as const;
