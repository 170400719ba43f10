import { describe, expect, it } from "vitest";
import { ITEM_BOX } from "../src/features/timeline/itemBox";
import { itemBoxCss } from "./itemBoxCss";

describe("the item box stylesheet", () => {
  it("gives the stylesheet the same box as the window maths and the preview", () => {
    const css = itemBoxCss();
    expect(css).toContain(`--item-box-width: ${ITEM_BOX.width}px;`);
    expect(css).toContain(`--item-box-gap: ${ITEM_BOX.gap}px;`);
  });
});
