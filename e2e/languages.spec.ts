import { byDate, eventDetail, expect, expectNoSeriousViolations, test, timelineItem, timelineLive } from "./fixtures";

const meeting = "2024-05-30-assad-visits-tehran";

for (const { lang, view, list, menu, month, digits } of [
  { lang: "ar", view: "الخط الزمني", list: "القائمة", menu: "الخيارات", month: "مايو", digits: /2024/ },
  { lang: "fa", view: "خط زمانی", list: "فهرست", menu: "گزینه‌ها", month: "مه", digits: /۲۰۲۴/ },
]) {
  test(`the page in ${lang}: right to left, translated, localized dates`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`./?lang=${lang}#/event/${meeting}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    // On a phone the views and languages sit behind the Menu button.
    await page.getByRole("button", { name: menu }).click();
    await expect(page.getByRole("button", { name: view })).toHaveAttribute("aria-pressed", "true");
    const date = eventDetail(page).locator("time").first();
    await expect(date).toHaveAttribute("datetime", "2024-05-30");
    await expect(date).toContainText(month);
    await expect(date).toHaveText(digits);
    // The dataset's text is in the reader's language too, and says so (translations.spec.ts has the rest).
    await expect(page.locator(`#event-detail-title [lang=${lang}]`)).toHaveText(/\p{Script=Arabic}/u);
    // Mirrored: the view buttons sit at the right edge, and nothing overflows at 375 px.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const heading = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
    const switcher = (await page.getByRole("button", { name: view }).boundingBox())!;
    expect(switcher.x + switcher.width).toBeGreaterThan(375 / 2);
    expect(heading.width).toBeGreaterThan(0);

    // The list view's dates are localized too.
    await page.getByRole("button", { name: list }).click();
    await expect(page.getByTestId("event-list").locator("time").first()).not.toHaveText(/January/);

    // And back to English (a choice closed the Menu).
    await page.getByRole("button", { name: menu }).click();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("button", { name: "Menu" })).toBeFocused();
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(page.getByRole("button", { name: "Timeline" })).toBeVisible();
    await expect(page).toHaveURL(/lang=en/);
  });
}

test("time runs right to left in Arabic, and the arrow keys follow it", async ({ page }) => {
  await page.goto("./?lang=ar");
  const [first, second] = [byDate[0]!, byDate[1]!];
  await timelineLive(page);
  const x = async (id: string) => (await timelineItem(page, id).boundingBox())!.x;
  expect(await x(first.id)).toBeGreaterThan(await x(second.id));
  await page.getByTestId("timeline").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", first.id);
  await page.keyboard.press("ArrowLeft");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", second.id);
});

test("the browser's language chooses the interface when ?lang= is absent", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "fa-IR" });
  const page = await context.newPage();
  await page.goto(baseURL!);
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  await expect(page.getByRole("button", { name: "خط زمانی" })).toBeVisible();
  await context.close();
});

test("notices and errors are translated", async ({ page }) => {
  await page.goto("./?lang=fa#/event/no-such-event");
  await expect(page.getByRole("status")).toContainText("رویدادی با شناسهٔ «no-such-event»");
  await page.goto("./?lang=ar&data=https://evil.example/x.json");
  await expect(page.getByRole("alert")).toContainText("تعذّر عرض الخط الزمني");
});

test("no serious or critical axe violations in Arabic", async ({ page }) => {
  await page.goto(`./?lang=ar#/event/${meeting}`);
  await expect(eventDetail(page)).toBeVisible();
  await expectNoSeriousViolations(page, "in Arabic");
});

test("the embed in Arabic", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`./?embed=1&lang=ar#/event/${meeting}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("link", { name: /افتح المستكشف كاملًا/ })).toBeVisible();
  await expect(eventDetail(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("Arabic uses one set of digits on the whole screen: the axis and the dates", async ({ page }) => {
  await page.goto(`./?lang=ar#/event/${meeting}`);
  await timelineLive(page);
  const axis = await page.getByTestId("timeline").locator(".vis-time-axis .vis-text").allInnerTexts();
  const dates = await page.locator("time").allInnerTexts();
  const text = [...axis, ...dates].join(" ");
  expect(text).toMatch(/20(23|24)/);
  expect(text, "Arabic-Indic digits beside Western ones").not.toMatch(/[٠-٩]/);
});

// The loading state is right to left from the moment it is drawn, not a frame later (as the page's
// direction was set once the app had painted): what each loading text was when it entered the page.
for (const { width, touch } of [
  { width: 1280, touch: false },
  { width: 375, touch: true },
]) {
  test.describe(`the loading text at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: touch, isMobile: touch });
    test("is in Arabic and right to left from its first frame", async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[][] = [];
        (window as unknown as { loadingSeen: string[][] }).loadingSeen = seen;
        new MutationObserver(() => {
          for (const loading of document.querySelectorAll<HTMLElement>(".loading[role=status]:not([data-seen])")) {
            loading.dataset.seen = "";
            seen.push([
              loading.textContent ?? "",
              getComputedStyle(loading).direction,
              loading.closest("[lang]")?.getAttribute("lang") ?? "",
            ]);
          }
        }).observe(document, { childList: true, subtree: true });
      });
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/data/timeline.json", async (route) => {
        await released;
        await route.continue();
      });
      await page.goto("./?lang=ar&data=data/timeline.json");
      const seen = () => page.evaluate(() => (window as unknown as { loadingSeen: string[][] }).loadingSeen);
      await expect.poll(async () => (await seen()).length).toBeGreaterThan(0);
      release();
      await expect(page.getByTestId("timeline")).toBeVisible();
      for (const [text, direction, lang] of await seen()) {
        expect(text).toMatch(/\p{Script=Arabic}/u);
        expect([direction, lang]).toEqual(["rtl", "ar"]);
      }
    });
  });
}
