import type { Plugin } from "vite";
import { FIRST_PAINT_FRAMES, ITEM_BOX, LANE_PITCH, RANGE_BAR_PX } from "../src/features/timeline/itemBox.ts";

/** The module the stylesheet's item geometry comes from: `import "virtual:item-box.css"`. */
export const ITEM_BOX_CSS = "virtual:item-box.css";
const RESOLVED = `\0${ITEM_BOX_CSS}`;

/** The item box as CSS custom properties, so the stylesheet draws the boxes the view plan places,
 * from the one geometry in `itemBox.ts`; a class per lane (`lane-N`) setting `--lane`, and per
 * height in lanes (`box-lanes-N`, a long title's box) setting `--box-lanes`; and which
 * of the first paint's plans shows in a frame of which width (the widest that fits). */
export function itemBoxCss(): string {
  const lanes = Array.from({ length: ITEM_BOX.maxLanes + 2 }, (_, lane) => `.lane-${lane} { --lane: ${lane}; }`);
  const tall = Array.from({ length: ITEM_BOX.maxLanes }, (_, i) => `.box-lanes-${i + 1} { --box-lanes: ${i + 1}; }`);
  const widths = FIRST_PAINT_FRAMES.map((frame) => frame.widthPx);
  const plans = widths.map((width, i) => {
    const range = [i < widths.length - 1 ? `(min-width: ${width}px)` : "", i > 0 ? `(max-width: ${widths[i - 1]! - 0.02}px)` : ""];
    return `@container ${range.filter(Boolean).join(" and ")} { .timeline-preview-plan[data-plan-width="${width}"] { display: block; } }`;
  });
  return [
    `:root { --item-box-width: ${ITEM_BOX.width}px; --item-box-height: ${ITEM_BOX.height}px; --lane-pitch: ${LANE_PITCH}px; --range-bar: ${RANGE_BAR_PX}px; --crowd-height: ${ITEM_BOX.crowdHeight}px; }`,
    ...lanes,
    ...tall,
    ".timeline-preview-plan[data-plan-width] { display: none; }",
    ...plans,
    "",
  ].join("\n");
}

export function itemBoxStylesheet(): Plugin {
  return {
    name: "item-box-css",
    resolveId: (id) => (id === ITEM_BOX_CSS ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? itemBoxCss() : undefined),
  };
}
