import { generateDataset } from "../test-support/generateDataset.mjs";
import { byDate } from "../test-support/eventOrder";
import { eventDetail, expect as baseExpect, serveFixture, test, timelineItem, timelineLive } from "./fixtures";

// How vis-timeline lays its items out on a hand-over of the view plan. Its ItemSet laid the items
// out (`redraw`, reading the boxes' sizes) at once on each change to its DataSet: a removal, an
// addition and an update were three layouts in the task of a key step, before the redraw it queues
// for the next frame laid them out again. Now they are laid out only in that redraw of the whole
// timeline. Each layout sets the class of the `.vis-itemset` element: the test watches that
// setter, and whether it runs within such a redraw.
const WAIT_MS = 20_000;
const expect = baseExpect.configure({ timeout: WAIT_MS });

const log = generateDataset(20_000, 11, "dense") as { events: { id: string; date: string; title: string }[] };
const sorted = byDate(log.events);
const middle = sorted.length / 2;

interface Watched {
  layouts: { inRedraw: boolean }[];
}

test("key steps on a dense 20,000-event log lay the timeline's items out only in its whole redraws", async ({ page }) => {
  test.setTimeout(90_000);
  await serveFixture(page, "dense.json", JSON.stringify(log));
  await page.goto(`./?data=fixtures/dense.json#/event/${sorted[middle]!.id}`);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", sorted[middle]!.id);
  await timelineLive(page, WAIT_MS);
  await expect(timelineItem(page, sorted[middle]!.id)).toHaveClass(/vis-selected/);

  await page.evaluate(() => {
    const w = window as unknown as Watched;
    w.layouts = [];
    // vis-timeline's own redraw of the whole timeline starts by reading the root's width; the
    // layouts it runs, in the same script run, are its.
    let inRedraw = false;
    const root = document.querySelector("[data-testid=timeline] .vis-timeline")!;
    const offsetWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetWidth")!;
    Object.defineProperty(root, "offsetWidth", {
      get() {
        if (!inRedraw) queueMicrotask(() => (inRedraw = false));
        inRedraw = true;
        return offsetWidth.get!.call(this);
      },
    });
    const itemSet = root.querySelector(".vis-itemset")!;
    const className = Object.getOwnPropertyDescriptor(Element.prototype, "className")!;
    Object.defineProperty(itemSet, "className", {
      get() {
        return className.get!.call(this);
      },
      set(value: string) {
        w.layouts.push({ inRedraw });
        className.set!.call(this, value);
      },
    });
  });
  await page.getByTestId("timeline").focus();
  for (let step = 1; step <= 6; step++) {
    await page.keyboard.press("ArrowRight");
    const next = sorted[middle + step]!;
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", next.id);
    await expect(timelineItem(page, next.id)).toHaveClass(/vis-selected/);
  }
  const layouts = await page.evaluate(() => (window as unknown as Watched).layouts);
  // The steps did lay the items out, each time in vis-timeline's redraw of the whole timeline.
  expect(layouts.length).toBeGreaterThan(0);
  expect(layouts.filter((layout) => !layout.inRedraw)).toHaveLength(0);
});
