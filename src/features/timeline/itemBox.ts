/** The one geometry of an event's box on the timeline, shared by the view plan, the window maths,
 * the first paint and the stylesheet (which reads it as `--item-box-width` etc., see
 * site/itemBoxCss.ts). */
export const ITEM_BOX = {
  /** Outer width of a box, border included. */
  width: 184,
  /** Outer height of a box one lane tall: three lines of title and one of date. A longer title's box
   * takes more lanes (boxLanes). */
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

/** The type inside a box, in CSS pixels (TimelinePreview.css and timeline.css draw it so): the
 * box's border and padding, and the title's and the date's font size and line height. */
const BOX_TEXT = { border: 2, padding: 0.2 * 16, inline: 0.3 * 16, title: 0.85 * 16, date: 0.75 * 16, lineHeight: 1.2 } as const;

/** DejaVu Sans Bold's advances, in thousandths of an em: a–z, A–Z. It is the widest of the usual
 * sans-serif faces, so a title set in another takes no more lines than reckoned here. */
const LOWER = [
  675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582,
];
const UPPER = [
  774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725,
];
const OTHER: Record<string, number> = {
  " ": 348,
  ".": 380,
  ",": 380,
  ":": 400,
  ";": 400,
  "-": 415,
  "'": 331,
  "(": 457,
  ")": 457,
  '"': 521,
  "!": 438,
  "?": 580,
  "/": 365,
};

/** Arabic script (Arabic, Persian, Urdu), its letters joined: DejaVu Sans Bold sets the bundled
 * dataset's Arabic and Persian titles at 0.50–0.62 em a character, spaces apart. The flat 0.8 em
 * of other scripts reckoned them a line longer than they are, each box two lanes: in Arabic the
 * opening view then drew as counts events that fit as boxes, as they do in English. */
const ARABIC_EM = 0.66;
const isArabicScript = (code: number) =>
  (code >= 0x0600 && code <= 0x06ff) ||
  (code >= 0x0750 && code <= 0x077f) ||
  (code >= 0x08a0 && code <= 0x08ff) ||
  (code >= 0xfb50 && code <= 0xfdff) ||
  (code >= 0xfe70 && code <= 0xfeff);

/** How wide a character is in ems, as DejaVu Sans Bold sets it; for the scripts beyond its Latin
 * letters, a generous guess (a square for the wide ones: CJK, Hangul, kana, fullwidth forms, emoji). */
function charEm(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 97 && code <= 122) return LOWER[code - 97]! / 1000;
  if (code >= 65 && code <= 90) return UPPER[code - 65]! / 1000;
  if (code >= 48 && code <= 57) return 0.696;
  if (OTHER[char] !== undefined) return OTHER[char] / 1000;
  if (isArabicScript(code)) return ARABIC_EM;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    code >= 0x1f000;
  return wide ? 1.05 : 0.8;
}

/** How many lines `text` takes in `widthPx`, set in `fontPx`: broken at spaces, and anywhere in a
 * word too long for a line (as `overflow-wrap: anywhere` breaks it). */
export function linesOf(text: string, widthPx: number, fontPx: number): number {
  // A hair of slack for the rasteriser's rounding.
  const room = (widthPx / fontPx) * 0.99;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const chars = Array.from(word);
    const width = chars.reduce((sum, char) => sum + charEm(char), 0);
    const space = used > 0 ? charEm(" ") : 0;
    if (used + space + width <= room) {
      used += space + width;
      continue;
    }
    if (used > 0) lines++;
    used = 0;
    for (const char of chars) {
      const em = charEm(char);
      if (used + em > room && used > 0) {
        lines++;
        used = 0;
      }
      used += em;
    }
  }
  return lines;
}

/** The outer height of a box `lanes` lanes tall: it reaches the bottom of its top lane's box. */
export function boxHeight(lanes: number): number {
  return lanes * LANE_PITCH - ITEM_BOX.gap;
}

/** How many lines a box's date takes, the longest of `texts` (its date as each language writes it,
 * so the layout is the same whatever the language): a range of two years keeps to one line. */
export function dateLinesOf(texts: readonly string[]): number {
  const { border, inline, date } = BOX_TEXT;
  return Math.max(1, ...texts.map((text) => linesOf(text, ITEM_BOX.width - 2 * (border + inline), date)));
}

/** How many lanes an event's box takes for its whole title to show (and its date beneath it):
 * one for most, more for a long title; at most `maxLanes`. A range's date takes `dateLines` (by
 * default two, room for two long dates; dateLinesOf reckons it from its text), and its box stands
 * on its bar; an updated event's mark ("Corrected 3 June 2024") a line of its own under the date,
 * and a title shown untranslated its mark ("(not translated)") one under the title. */
export function boxLanes(
  title: string,
  isRange: boolean,
  maxLanes: number,
  marked = false,
  untranslated = false,
  dateLines = isRange ? 2 : 1,
): number {
  const { border, padding, inline, title: titlePx, date, lineHeight } = BOX_TEXT;
  const titleLines = linesOf(title, ITEM_BOX.width - 2 * (border + inline), titlePx);
  const lines = dateLines + (marked ? 1 : 0) + (untranslated ? 1 : 0);
  const needed = 2 * (border + padding) + titleLines * titlePx * lineHeight + lines * date * lineHeight;
  let lanes = 1;
  while (lanes < maxLanes && boxHeight(lanes) - (isRange ? RANGE_BAR_PX : 0) < needed) lanes++;
  return lanes;
}

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
