import { PARENT_ORIGIN } from "../playwright.config";
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

// The timeline in the reader's language: the bundled dataset is in English, Arabic and Persian.

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LATIN_WORD = /\p{Script=Latin}{3,}/u;
type Translated = { translations?: Record<string, Record<string, unknown>> };
const translationOf = (item: Translated, lang: string, field: string) => item.translations?.[lang]?.[field] as string | undefined;
const assad = dataset.events.find((e) => e.id === "2024-05-30-assad-visits-tehran")!;

for (const lang of ["ar", "fa"] as const) {
  test.describe(`?lang=${lang}`, () => {
    test("every event's title is in that script on the timeline, and its title and summary in the detail", async ({ page }) => {
      // A page per event, opened in turn.
      test.slow();
      await page.goto(`./?lang=${lang}`);
      await timelineLive(page);
      await page.getByRole("button", { name: lang === "ar" ? "القائمة" : "فهرست" }).click();
      for (const event of byDate) {
        const row = page.locator(`[data-list-event-id="${event.id}"] .event-list-title`);
        await expect(row).toHaveText(translationOf(event as Translated, lang, "title")!);
        await expect(row.locator("[lang]").first()).toHaveAttribute("lang", lang);
      }
      await page.getByRole("button", { name: lang === "ar" ? "الخط الزمني" : "خط زمانی" }).click();
      await timelineLive(page);
      for (const event of byDate) {
        const title = timelineItem(page, event.id).locator(".timeline-item-title");
        if (await title.count()) {
          await expect(title).toHaveAttribute("lang", lang);
          expect(await title.textContent()).toMatch(ARABIC_SCRIPT);
          expect(await title.textContent()).not.toMatch(LATIN_WORD);
        }
      }
      for (const event of byDate) {
        await page.goto(`./?lang=${lang}#/event/${event.id}`);
        const detail = eventDetail(page);
        await expect(detail).toHaveAttribute("data-event-id", event.id);
        const heading = detail.locator("#event-detail-title");
        await expect(heading).toHaveText(translationOf(event as Translated, lang, "title")!);
        await expect(heading.locator("[lang]").first()).toHaveAttribute("lang", lang);
        const summary = detail.locator("p.event-summary").first();
        expect(await summary.textContent()).toMatch(ARABIC_SCRIPT);
        await expect(summary.locator("[lang]").first()).toHaveAttribute("lang", lang);
        await expect(detail.getByTestId("not-translated")).toHaveCount(0);
      }
    });

    test("each quote shows its English original, left to the browser untranslated, and its translation marked as such", async ({
      page,
    }) => {
      await page.goto(`./?lang=${lang}#/event/${assad.id}`);
      await expect(eventDetail(page).locator("blockquote.quote").first()).toBeVisible();
      const source = dataset.sources.find((s) => s.quotes.some((q) => assad.sources.some((c) => c.quotes?.includes(q.id))))!;
      const quote = source.quotes.find((q) => assad.sources.some((c) => c.quotes?.includes(q.id)))! as {
        id: string;
        text: string;
      } & Translated;
      const block = eventDetail(page).locator(`blockquote[data-quote-id="${quote.id}"]`).first();
      const original = block.getByTestId("quote-original");
      await expect(original).toHaveAttribute("translate", "no");
      await expect(original).toContainText(quote.text);
      await expect(original.locator("[lang]")).toHaveAttribute("lang", "en");
      const translation = block.getByTestId("quote-translation");
      await expect(translation).toHaveAttribute("lang", lang);
      await expect(translation).toContainText(translationOf(quote, lang, "text")!);
      // Marked as a translation, by whom and how, in the reader's language.
      await expect(translation.locator(".quote-translation-label")).toContainText(lang === "ar" ? "ترجمة" : "ترجمه");
    });

    test("the interface and the content pass axe, and the keyboard reaches an event, at 1280 and 375 px", async ({ page }) => {
      // Two widths, each with a full axe pass.
      test.slow();
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`./?lang=${lang}#/event/${assad.id}`);
        await expect(eventDetail(page)).toBeVisible();
        await timelineLive(page);
        await expectNoSeriousViolations(page, `at ${width} px in ${lang}`);
        await page.getByTestId("timeline").focus();
        await page.keyboard.press("Home");
        await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[0]!.id);
        await expect(page.locator("#event-detail-title")).toHaveText(translationOf(byDate[0] as Translated, lang, "title")!);
      }
    });
  });
}

test("a reader of Arabic shares the event's Arabic page, which opens in Arabic in a fresh browser", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // From the original's page, read in Arabic: the link is the translation's page, not the English one.
  await page.goto(`./?lang=ar#/event/${assad.id}`);
  const detail = eventDetail(page);
  await detail.getByRole("button", { name: "نسخ الرابط" }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`ar/event/${assad.id}/`, baseURL).href);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await browser.newContext({ locale: "en-GB" });
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(eventDetail(other)).toHaveAttribute("data-event-id", assad.id);
  await expect(eventDetail(other).locator("#event-detail-title")).toHaveText(translationOf(assad as Translated, "ar", "title")!);
  await fresh.close();
});

test("an untranslated text shows its original, in its own language, marked as not translated", async ({ page }) => {
  const data = datasetCopy();
  const event = data.events.find((e) => e.id === assad.id)! as typeof assad & Translated;
  delete event.translations!.ar!.place;
  delete event.translations!.ar!.title;
  await serveFixture(page, "partly.json", data);
  await page.goto(`./?lang=ar&data=fixtures/partly.json#/event/${assad.id}`);
  const heading = page.locator("#event-detail-title");
  await expect(heading.locator('[lang="en"]')).toHaveText(assad.title);
  await expect(heading.locator('[lang="en"]')).toHaveAttribute("dir", "auto");
  await expect(heading.getByTestId("not-translated")).toHaveText("(غير مترجم)");
  await expect(heading.getByTestId("not-translated")).toHaveAttribute("lang", "ar");
  await expect(eventDetail(page).locator("dd").first().locator('[lang="en"]')).toHaveText((assad as { place?: string }).place!);
  // The translated summary stays translated.
  expect(await eventDetail(page).locator("p.event-summary").first().textContent()).toMatch(ARABIC_SCRIPT);
  await expectNoSeriousViolations(page, "with an untranslated title");
});

test.describe("search in the reader's script", () => {
  test("finds الأسد from الاسد, across the hamza", async ({ page }) => {
    await page.goto(`./?lang=ar&q=${encodeURIComponent("الاسد")}`);
    await page.getByRole("button", { name: "القائمة" }).click();
    await expect(page.locator(`[data-list-event-id="${assad.id}"]`)).toBeVisible();
    await expect(page.locator(`[data-list-event-id="${assad.id}"] mark.search-match`).first()).toHaveText("الأسد");
  });

  test("finds a Persian word with ی and ک typed with Arabic ي and ك", async ({ page }) => {
    const persian = translationOf(assad as Translated, "fa", "title")!;
    const word = persian.split(/\s+/).find((w) => /[یک]/.test(w))!;
    const typed = word.replace(/ی/g, "ي").replace(/ک/g, "ك");
    expect(typed).not.toBe(word);
    await page.goto(`./?lang=fa`);
    await page.getByRole("button", { name: "فهرست" }).click();
    const search = page.getByRole("searchbox");
    await search.fill(typed);
    await expect(page.locator(`[data-list-event-id="${assad.id}"]`)).toBeVisible();
    await expect(page.locator("[data-list-event-id]")).not.toHaveCount(dataset.events.length);
  });

  test("finds an event by its English words while reading it in Persian", async ({ page }) => {
    await page.goto(`./?lang=fa&q=Khamenei`);
    await page.getByRole("button", { name: "فهرست" }).click();
    await expect(page.locator(`[data-list-event-id="${assad.id}"]`)).toBeVisible();
  });
});

// The built site as a static host serves it, as in share-pages.spec.ts.
const SITE = `${PARENT_ORIGIN}/hosted/site/`;

for (const lang of ["ar", "fa"] as const) {
  test(`the ${lang}/ pages: in ${lang}, with their locale, alternates and card`, async ({ page, request }) => {
    await page.goto(`${SITE}${lang}/event/${assad.id}/`);
    const title = translationOf(assad as Translated, lang, "title")!;
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page).toHaveTitle(new RegExp(`^${title}`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", ARABIC_SCRIPT);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", lang === "ar" ? "ar_AR" : "fa_IR");
    expect(await page.locator('meta[property="og:locale:alternate"]').evaluateAll((m) => m.map((e) => e.getAttribute("content")))).toEqual(
      lang === "ar" ? ["en_US", "fa_IR"] : ["en_US", "ar_AR"],
    );
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
    const at = (path: string) => `https://timeline.example/iran-syria/${path}event/${assad.id}/`;
    expect(alternates).toEqual([
      ["en", at("")],
      ["ar", at("ar/")],
      ["fa", at("fa/")],
      ["x-default", at("")],
    ]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", at(`${lang}/`));
    // Its own card, drawn for it.
    const card = (await page.locator('meta[property="og:image"]').getAttribute("content"))!;
    expect(card).toMatch(new RegExp(`/cards/${lang}-event-${assad.id}-[0-9a-f]{16}\\.png$`));
    const png = await request.get(`${SITE}${new URL(card).pathname.replace("/iran-syria/", "")}`);
    expect(png.ok()).toBe(true);
    expect(png.headers()["content-type"]).toContain("image/png");

    // The page's view is drawn in its language, and stays in it from event to event.
    await expect(page.locator("#event-detail-title")).toHaveText(title);
    await timelineLive(page);
    const other = byDate[0]!;
    await page.getByRole("button", { name: lang === "ar" ? "القائمة" : "فهرست" }).click();
    await page.locator(`[data-list-event-id="${other.id}"]`).click();
    await expect(page).toHaveURL(`${SITE}${lang}/event/${other.id}/`);
    await expect(page.locator("#event-detail-title")).toHaveText(translationOf(other as Translated, lang, "title")!);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
  });
}

test("the opening page in Arabic is drawn in Arabic before any script runs, whatever the browser prefers", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(`${SITE}ar/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(translationOf(dataset as unknown as Translated, "ar", "title")!);
  await expect(page.locator(`a[href$="ar/event/${byDate[0]!.id}/"]`).first()).toBeVisible();
  await context.close();
});

test("the sitemap lists each page's versions in every language", async ({ request }) => {
  const sitemap = await (await request.get(`${SITE}sitemap.xml`)).text();
  expect(sitemap).toContain(`<loc>https://timeline.example/iran-syria/ar/event/${assad.id}/</loc>`);
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="fa" href="https://timeline.example/iran-syria/fa/event/${assad.id}/"/>`);
  expect(sitemap).toContain(`hreflang="x-default" href="https://timeline.example/iran-syria/event/${assad.id}/"`);
});
