/** The one geometry of an event's box on the timeline, shared by the view plan, the window maths,
 * the first paint and the stylesheet (which reads it as `--item-box-width` etc., see
 * site/itemBoxCss.ts). */
export const ITEM_BOX = {
  /** Outer width of a box, border included. */
  width: 184,
  /** Outer height of a box: three lines of title and one of date. */
  height: 80,
  /** The gap kept between boxes, and between lanes. */
  gap: 8,
  /** The most lanes a timeline stacks, however tall the screen. */
  maxLanes: 10,
  /** The strip between the axis and the first lane, where period labels sit uncovered. */
  labelStrip: 28,
  /** The height of a count of events, at the bottom of its lane. */
  crowdHeight: 32,
  /** The height of the time axis below the lanes (its two rows of labels). */
  axis: 60,
} as const;

/** A range's bar along its lane's bottom, under its label. */
export const RANGE_BAR_PX = 5;

/** From one lane's bottom to the next one's. */
export const LANE_PITCH = ITEM_BOX.height + ITEM_BOX.gap;

/** How many lanes fit in `heightPx` of screen (at least two, at most `ITEM_BOX.maxLanes`). */
export function lanesThatFit(heightPx: number): number {
  const room = heightPx - ITEM_BOX.axis - ITEM_BOX.labelStrip;
  return Math.min(ITEM_BOX.maxLanes, Math.max(2, Math.floor(room / LANE_PITCH)));
}

/** The timeline's height for `lanes` lanes, axis included. */
export function timelineHeight(lanes: number): number {
  return ITEM_BOX.axis + ITEM_BOX.labelStrip + lanes * LANE_PITCH;
}

/** Kept below the timeline on the first screen: the top of its toolbar (hint and zoom buttons). */
const TOOLBAR_PX = 24;
/** The embed's lanes: its frame grows to fit its content (the host sizes the iframe to it), so its
 * own height says nothing of the reader's screen; enough for a small timeline's stack. */
const COMPACT_LANES = 5;

/** How many lanes the timeline stacks on this screen: what fits between the frame's top and the
 * bottom of the first screen, its toolbar kept in view; in the embed, a fixed few. */
export function lanesForScreen({
  viewportHeight,
  frameTop,
  compact,
}: {
  viewportHeight: number;
  frameTop: number;
  compact: boolean;
}): number {
  return compact ? COMPACT_LANES : lanesThatFit(viewportHeight - Math.max(0, frameTop) - TOOLBAR_PX);
}

/** The width the items are drawn in and the lanes the screen has room for, read off the frame's
 * container (one layout read, when the timeline is set up). vis-timeline draws its items across
 * the container's whole width, under its frame's border. */
export function framePlannedFor(container: HTMLElement, compact: boolean): { widthPx: number; lanes: number } {
  const frameTop = container.getBoundingClientRect().top + window.scrollY;
  return {
    widthPx: container.clientWidth,
    lanes: lanesForScreen({ viewportHeight: window.innerHeight, frameTop, compact }),
  };
}

/** The frames the first paint is planned for before the page is laid out (in the page prerendered
 * at build time, and so with script off): a desktop screen's timeline column, a phone's, the
 * narrowest phone's. Each is drawn, and the stylesheet shows the widest that fits the frame
 * (site/itemBoxCss.ts): a plan drawn wider than planned only spreads its boxes apart. */
export const FIRST_PAINT_FRAMES = [
  { widthPx: 716, lanes: 6 },
  { widthPx: 338, lanes: 4 },
  { widthPx: 270, lanes: 4 },
] as const;
