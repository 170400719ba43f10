import type { Plugin } from "vite";
import { ITEM_BOX } from "../src/features/timeline/itemBox.ts";

/** The module the stylesheet's item geometry comes from: `import "virtual:item-box.css"`. */
export const ITEM_BOX_CSS = "virtual:item-box.css";
const RESOLVED = `\0${ITEM_BOX_CSS}`;

/** The item box as CSS custom properties, so the stylesheet draws the boxes the window maths and
 * the static preview plan for, from the one geometry in `itemBox.ts`. */
export function itemBoxCss(): string {
  return `:root { --item-box-width: ${ITEM_BOX.width}px; --item-box-height: ${ITEM_BOX.height}px; --item-box-gap: ${ITEM_BOX.gap}px; --label-strip: ${ITEM_BOX.labelStrip}px; }\n`;
}

export function itemBoxStylesheet(): Plugin {
  return {
    name: "item-box-css",
    resolveId: (id) => (id === ITEM_BOX_CSS ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? itemBoxCss() : undefined),
  };
}
