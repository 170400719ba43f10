import { readFileSync } from "node:fs";
import { expect, serveFixture, test } from "./fixtures";

// Knight Lab's seventh-century example (fixtures/knightlab/SOURCES.md: MPL-2.0), opened as a new reader would.
const seventh = readFileSync(new URL("./fixtures/knightlab/seventh.json", import.meta.url), "utf8");

/** Each drawn event box's outer height, and its text's (title, marks and date, with the box's
 * padding and border): a range's box is its label (`.vis-item-content`), an event's the item. */
const boxes = (page: import("@playwright/test").Page) =>
  page
    .getByTestId("timeline")
    .locator(".vis-item.vis-range, .vis-item.vis-box")
    .evaluateAll((items) =>
      items
        .filter((item) => item.querySelector(".timeline-item-title") && item.getBoundingClientRect().width > 0)
        .map((item) => {
          const box = item.classList.contains("vis-range") ? item.querySelector<HTMLElement>(".vis-item-content")! : item;
          const style = getComputedStyle(box);
          const frame = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"] as const;
          const text = document.createRange();
          text.selectNodeContents(item.querySelector(".timeline-item")!);
          return {
            title: item.querySelector(".timeline-item-title")!.textContent,
            height: Math.round(box.getBoundingClientRect().height),
            content: Math.round(text.getBoundingClientRect().height + frame.reduce((sum, side) => sum + parseFloat(style[side]), 0)),
          };
        }),
    );

/** From one lane's bottom to the next one's (itemBox.ts's LANE_PITCH): a box taller than its text by
 * this much has a lane it does not need. */
const LANE_PITCH = 88;

/** The file as a reader might have written it: the Roman-Persian War's headline three lines long,
 * the most a box one lane tall holds under a range's dates ("602 – 629", one line). */
const longer = seventh.replace('"Last great Roman-Persian War."', '"Last great Roman-Persian War ends in exhaustion"');

for (const [lang, viewport, file] of [
  ["en", { width: 1280, height: 800 }, seventh],
  ["ar", { width: 1280, height: 800 }, seventh],
  ["en", { width: 1280, height: 800 }, longer],
  ["fa", { width: 375, height: 812 }, longer],
] as const) {
  const name = file === seventh ? "seventh.json" : "seventh.json, a longer headline";
  test(`${name} in ${lang} at ${viewport.width}: each box is as tall as its text, a range's years on one line`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await serveFixture(page, "seventh.json", file);
    await page.goto(`./?lang=${lang}&data=fixtures/seventh.json`);
    await expect(page.getByTestId("timeline").locator(".timeline-item-title").first()).toBeVisible();
    await expect(async () => {
      const drawn = await boxes(page);
      expect(drawn.length).toBeGreaterThan(0);
      // A box one lane tall holds up to three lines of title; a taller one no more than its text needs.
      expect(drawn.filter(({ height, content }) => height - content >= LANE_PITCH)).toEqual([]);
      expect(drawn.filter(({ height, content }) => height < content - 1)).toEqual([]);
    }).toPass();
  });
}
