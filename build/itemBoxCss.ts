import type { Plugin } from "vite";
import { ITEM_BOX, LANE_PITCH, RANGE_BAR_PX } from "../src/features/timeline/itemBox.ts";

/** The module the stylesheet's item geometry comes from: `import "virtual:item-box.css"`. */
export const ITEM_BOX_CSS = "virtual:item-box.css";
const RESOLVED = `\0${ITEM_BOX_CSS}`;

/** The item box as CSS custom properties, so the stylesheet draws the boxes the view plan places,
 * from the one geometry in `itemBox.ts`; and a class per lane (`lane-N`) setting `--lane`. */
export function itemBoxCss(): string {
  const lanes = Array.from({ length: ITEM_BOX.maxLanes + 2 }, (_, lane) => `.lane-${lane} { --lane: ${lane}; }`).join("\n");
  return `:root { --item-box-width: ${ITEM_BOX.width}px; --item-box-height: ${ITEM_BOX.height}px; --item-box-gap: ${ITEM_BOX.gap}px; --label-strip: ${ITEM_BOX.labelStrip}px; --lane-pitch: ${LANE_PITCH}px; --range-bar: ${RANGE_BAR_PX}px; --crowd-height: ${ITEM_BOX.crowdHeight}px; }\n${lanes}\n`;
}

export function itemBoxStylesheet(): Plugin {
  return {
    name: "item-box-css",
    resolveId: (id) => (id === ITEM_BOX_CSS ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? itemBoxCss() : undefined),
  };
}
