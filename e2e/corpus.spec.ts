import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { countSlides } from "../test-support/timelineJsSlides";
import { expect, test } from "./fixtures";

// Other people's TimelineJS files (fixtures/timelinejs-corpus/SOURCES.md says whose, under which
// licence, and what each exercises), each opened as a reader would, through ?data=.

const CORPUS = new URL("./fixtures/timelinejs-corpus/", import.meta.url);
const FILES = readdirSync(CORPUS)
  .filter((name) => /\.(json|csv)$/.test(name))
  .sort();

test.use({ viewport: { width: 1280, height: 800 } });
/** Each check says its piece whatever the others found: a file's failures are read together. */
const soft = expect.configure({ soft: true });

/** How many events the timeline shows inside its frame: each box or bar of its own (a bar whole,
 * from its start to its end), and each crowd's count. */
const eventsOnScreen = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const timeline = document.querySelector("[data-testid=timeline]")!;
    const frame = timeline.getBoundingClientRect();
    const slack = 4;
    const within = (r: DOMRect) => r.width > 0 && r.right > frame.left && r.left < frame.right;
    const ids = new Set<string>();
    for (const item of timeline.querySelectorAll<HTMLElement>(".vis-item[data-event-id]:not(.vis-line):not(.vis-dot)")) {
      const r = item.getBoundingClientRect();
      const whole = !item.classList.contains("vis-range") || (r.left >= frame.left - slack && r.right <= frame.right + slack);
      if (within(r) && whole) ids.add(item.dataset.eventId!);
    }
    let crowded = 0;
    for (const crowd of timeline.querySelectorAll<HTMLElement>(".vis-item[data-crowd-id]")) {
      if (within(crowd.getBoundingClientRect())) crowded += Number(crowd.textContent!.replace(/\D/g, "")) || 0;
    }
    return ids.size + crowded;
  });

async function open(page: Page, baseURL: string, name: string, text: string): Promise<string[]> {
  const origin = new URL(baseURL).origin;
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) elsewhere.push(url);
  });
  await page.route(`**/fixtures/corpus/${name}`, (route) =>
    route.fulfill({ status: 200, contentType: name.endsWith(".csv") ? "text/csv" : "application/json", body: text }),
  );
  await page.goto(`./?data=fixtures/corpus/${name}`);
  return elsewhere;
}

for (const name of FILES) {
  const text = readFileSync(new URL(name, CORPUS), "utf8");
  const slides = countSlides(name, text);

  test(`${name}: its ${slides.count} slides are events, "Show all" spans ${slides.firstYear}–${slides.lastYear}, nothing leaves the origin`, async ({
    page,
    baseURL,
  }) => {
    const elsewhere = await open(page, baseURL!, name, text);

    // The file opens: the live timeline, or the error that took its place (shown in the failure).
    const alerts = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(page.getByTestId("timeline").locator(".vis-timeline").or(alerts).first()).toBeVisible();
    expect(await alerts.allInnerTexts(), "what the page says went wrong").toEqual([]);

    // Every slide TimelineJS shows is one event, with an id of its own.
    await page.getByRole("button", { name: "List" }).click();
    const rows = page.getByTestId("event-list").locator("[data-list-event-id]");
    await soft(rows, "events in the list").toHaveCount(slides.count);
    const ids = await rows.evaluateAll((links) => links.map((link) => link.getAttribute("data-list-event-id")));
    soft(new Set(ids).size, "distinct event ids").toBe(ids.length);

    // "Show all" brings every event into the window, whole: with the count above, the file's span.
    await page.getByRole("button", { name: "Timeline" }).click();
    await page.getByRole("button", { name: "Show all" }).click();
    await soft.poll(() => eventsOnScreen(page), { message: `events in the window after "Show all" (of ${ids.length})` }).toBe(ids.length);

    expect(elsewhere, "requests to another origin").toEqual([]);
  });
}
