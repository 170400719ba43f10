import {
  byDate,
  dataset,
  datasetCopy,
  eventDetail,
  expect,
  expectNoSeriousViolations,
  serveFixture,
  test,
  timelineItem,
  timelineLive,
} from "./fixtures";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("initial page", async ({ page }) => {
      await page.goto("./");
      await expect(timelineItem(page, byDate[0]!.id)).toBeVisible();
      await expectNoSeriousViolations(page, "on the initial page");
    });

    test("an event selected", async ({ page }) => {
      await page.goto(`./#/event/${byDate[5]!.id}`);
      await expect(eventDetail(page)).toBeVisible();
      await expectNoSeriousViolations(page, "with an event selected");
    });

    test("list view", async ({ page }) => {
      await page.goto(`./#/event/${byDate[2]!.id}`);
      await page.getByRole("button", { name: "List" }).click();
      await expect(page.getByTestId("event-list")).toBeVisible();
      await expectNoSeriousViolations(page, "in list view");
    });

    test("embed mode", async ({ page }) => {
      await page.goto(`./?embed=1#/event/${byDate[5]!.id}`);
      await expect(eventDetail(page)).toBeVisible();
      await expectNoSeriousViolations(page, "in embed mode");
    });

    test("an error shown", async ({ page }) => {
      const data = datasetCopy();
      data.events[0]!.date = "May 2024";
      await serveFixture(page, "bad.json", data);
      await page.goto("./?data=fixtures/bad.json");
      await expect(page.getByRole("alert")).toBeVisible();
      await expectNoSeriousViolations(page, "with an error shown");
    });

    test("the embed dialog", async ({ page }) => {
      await page.goto(`./#/event/${byDate[5]!.id}`);
      await page.getByRole("button", { name: "Embed" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoSeriousViolations(page, "with the embed dialog open");
    });
  });
}

test("keyboard only: Tab to the timeline, then every event in date order", async ({ page }) => {
  await page.goto("./");
  await expect(timelineItem(page, byDate[0]!.id)).toBeVisible();
  const timeline = page.getByTestId("timeline");
  for (let i = 0; i < 20 && !(await timeline.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(timeline).toBeFocused();
  for (const event of byDate) {
    await page.keyboard.press("ArrowRight");
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", event.id);
    await expect(timelineItem(page, event.id)).toBeInViewport();
    await expect(timelineItem(page, event.id)).toHaveClass(/vis-selected/);
    await expect(timeline).toBeFocused();
  }
  // Past the end it stays on the last event; Left goes back.
  await page.keyboard.press("ArrowRight");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate.at(-1)!.id);
  await page.keyboard.press("ArrowLeft");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate.at(-2)!.id);
  await expect(page.getByTestId("announcer")).toContainText(`Selected: ${byDate.at(-2)!.title}`);
});

test("keyboard zoom with + and -", async ({ page }) => {
  await page.goto("./");
  const timeline = page.getByTestId("timeline");
  await timeline.focus();
  const axisSpan = () =>
    page.evaluate(() => {
      const labels = [...document.querySelectorAll(".vis-time-axis .vis-text.vis-major, .vis-time-axis .vis-text.vis-minor")].map(
        (e) => e.textContent,
      );
      return labels.join("|");
    });
  const before = await axisSpan();
  await page.keyboard.press("+");
  await expect.poll(axisSpan).not.toBe(before);
  const zoomedIn = await axisSpan();
  await page.keyboard.press("-");
  await expect.poll(axisSpan).not.toBe(zoomedIn);
});

test("focus is never lost: following a source panel's link moves focus to the new event", async ({ page }) => {
  const meeting = byDate.find((e) => e.sources.length >= 4)!;
  await page.goto(`./#/event/${meeting.id}`);
  // The app's selection (before the app runs, the link opens the event's page: preview.spec.ts).
  await timelineLive(page);
  const link = page.getByTestId("source-panel").first().getByRole("link").first();
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(eventDetail(page)).not.toHaveAttribute("data-event-id", meeting.id);
  await expect(eventDetail(page).getByRole("heading", { level: 2 }).first()).toBeFocused();
});

test("focus moved for the reader shows its ring after keyboard input only", async ({ page }) => {
  await page.goto("./");
  await timelineLive(page);
  const heading = eventDetail(page).getByRole("heading", { level: 2 }).first();
  const ringed = () => heading.evaluate((el) => el === document.activeElement && el.matches(":focus-visible"));
  // A click on an event: the heading takes focus (nothing else has it), but draws no ring.
  await timelineItem(page, byDate[2]!.id).click();
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[2]!.id);
  await expect(heading).toBeFocused();
  expect(await ringed()).toBe(false);
  expect(await heading.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("none");
  // From the keyboard, the same move shows it.
  const meeting = byDate.find((e) => e.sources.length >= 4)!;
  // A new document (the click moved to the last event's page): a key pressed before the app runs is
  // preview.spec.ts's; this is the app's own move.
  await page.goto(`./#/event/${meeting.id}`);
  await timelineLive(page);
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", meeting.id);
  await page.getByTestId("source-panel").first().getByRole("link").first().focus();
  await page.keyboard.press("Enter");
  await expect(eventDetail(page)).not.toHaveAttribute("data-event-id", meeting.id);
  await expect.poll(ringed, { timeout: 15_000 }).toBe(true);
});

test("the skip link jumps past the timeline without changing the selection", async ({ page }) => {
  const event = byDate[3]!;
  await page.goto(`./#/event/${event.id}`);
  await expect(eventDetail(page)).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip the timeline" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#event-panel")).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/event/${event.id}/$`));
});

test("the list view is an ordered list of the same events, in date order, each selecting its event", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "List" }).click();
  await expect(page.getByRole("button", { name: "List" })).toHaveAttribute("aria-pressed", "true");
  const items = page.getByTestId("event-list").locator("ol > li");
  await expect(items).toHaveCount(dataset.events.length);
  for (const [i, event] of byDate.entries()) {
    await expect(items.nth(i).locator("time")).toHaveAttribute("datetime", event.date);
    await expect(items.nth(i)).toContainText(event.title);
  }
  await items.nth(4).getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[4]!.id);
  await page.getByRole("button", { name: "Timeline" }).click();
  await expect(timelineItem(page, byDate[4]!.id)).toHaveClass(/vis-selected/);
});

test("metadata: the title names the selected event; the page has a description and a language", async ({ page }) => {
  await page.goto(`./#/event/${byDate[1]!.id}`);
  await expect(page).toHaveTitle(`${byDate[1]!.title} · ${dataset.title}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
  await page.goto("./");
  await expect(page).toHaveTitle(dataset.title);
});

for (const width of [320, 375, 768, 1280, 1920]) {
  test(`layout at ${width} px: nothing wider than the viewport`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./#/event/${byDate[5]!.id}`);
    await expect(eventDetail(page)).toBeVisible();
    await expect(timelineItem(page, byDate[5]!.id)).toBeVisible();
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => !el.closest(".vis-timeline")) // the timeline clips its own canvas
        .filter((el) => !el.closest(".visually-hidden")) // clipped to a pixel, for screen readers only
        .filter((el) => el.getBoundingClientRect().width > width + 0.5)
        .map((el) => `${el.tagName}.${el.className}`);
      // The reserved scrollbar gutter can make the page narrower than its client width: no overflow either.
      return { scroll: Math.max(0, document.documentElement.scrollWidth - width), wide };
    });
    expect(overflow).toEqual({ scroll: 0, wide: [] });
    // Panels beside the timeline on wide screens, below it on narrow ones.
    const timelineBox = (await page.getByTestId("timeline").boundingBox())!;
    const detailBox = (await eventDetail(page).boundingBox())!;
    if (width >= 1280) expect(detailBox.x).toBeGreaterThan(timelineBox.x + timelineBox.width - 1);
    else expect(detailBox.y).toBeGreaterThan(timelineBox.y + timelineBox.height - 1);
  });
}

test("print: print styles alone put every event on paper, with its sources, quotes and speakers, and no controls", async ({ page }) => {
  await page.goto(`./#/event/${byDate[5]!.id}`);
  await expect(eventDetail(page)).toBeVisible();
  await timelineLive(page);
  // No beforeprint: PDF services and page.pdf() fire none.
  expect((await page.pdf({ format: "A4" })).subarray(0, 5).toString()).toBe("%PDF-");
  await page.emulateMedia({ media: "print" });
  const paper = await page.evaluate(() => document.body.innerText);
  const titles = byDate.map((e) => e.title);
  const at = titles.map((title) => paper.lastIndexOf(title));
  expect(
    at.every((i) => i >= 0),
    "every event is printed",
  ).toBe(true);
  expect(at, "in date order").toEqual([...at].sort((a, b) => a - b));
  for (const source of dataset.sources) {
    const cited = dataset.events.some((e) => e.sources.some((s) => s.source === source.id));
    if (cited && source.citing)
      expect(paper).toContain(source.outlet ? `${source.outlet}, citing ${source.citing}` : `Citing ${source.citing}`);
  }
  const cites = (sourceId: string, quoteId: string) =>
    dataset.events.some((e) => e.sources.some((s) => s.source === sourceId && s.quotes?.includes(quoteId)));
  const quotes = dataset.sources.flatMap((source) => source.quotes.filter((quote) => cites(source.id, quote.id)));
  expect(quotes.length).toBeGreaterThan(0);
  for (const quote of quotes) expect(paper).toContain(`“${quote.text}” — ${quote.speaker}`);
  expect(paper).not.toContain("Outlet not stated: Title not stated");
  await expect(page.getByRole("searchbox")).toBeHidden();
  const shownControls = await page.locator("button, input").evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
  expect(shownControls, "buttons or inputs on paper").toBe(0);
  await expect(page.getByTestId("timeline")).toBeHidden();
});

test("print in Persian: the digest's dataset text is marked for its own direction", async ({ page }) => {
  await page.goto("./?lang=fa");
  await page.emulateMedia({ media: "print" });
  const digest = page.getByTestId("print-digest");
  await expect(digest).toBeVisible();
  // In Persian where translated, in English where not (quotes, speakers): each in its own direction.
  const texts = digest.locator("[lang=en], [lang=fa]");
  expect(await texts.count()).toBeGreaterThan(dataset.events.length * 2);
  expect(await texts.evaluateAll((els) => els.every((el) => el.getAttribute("dir") === "auto"))).toBe(true);
});

test("reduced motion: selections jump without animation", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`./#/event/${byDate[0]!.id}`);
  // vis-timeline's own window moves are what is under test, not the static preview's.
  await timelineLive(page);
  await page.getByTestId("timeline").focus();
  await page.keyboard.press("End");
  // With no animation the window is already there on the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(timelineItem(page, byDate.at(-1)!.id)).toBeInViewport({ timeout: 100 });
});
