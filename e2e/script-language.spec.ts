import { expect, test } from "./fixtures";

// A TimelineJS file names no language: one in Hebrew or Chinese is marked in the language its
// script says, so a screen reader reads it with a voice that can (issue 33), not as English.

const timeline = (title: string, headlines: string[], text: string) =>
  JSON.stringify({
    title: { text: { headline: title, text } },
    events: headlines.map((headline, i) => ({ start_date: { year: 2010 + i }, text: { headline, text } })),
  });

const FILES = [
  { name: "hebrew.json", lang: "he", body: timeline("מלחמת העצמאות", ["הכרזת המדינה", "הסכמי שביתת הנשק"], "<p>שתי מילים או יותר.</p>") },
  { name: "chinese.json", lang: "zh", body: timeline("我的回忆", ["北京大学", "上海的一天"], "<p>一段文字。</p>") },
];

for (const { name, lang, body } of FILES) {
  test(`a TimelineJS file in ${lang} without a language is marked lang="${lang}", not English`, async ({ page }) => {
    await page.route(`**/fixtures/scripts/${name}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
    await page.goto(`./?data=fixtures/scripts/${name}`);
    const items = page.locator("[data-testid=timeline] .vis-item[data-event-id]");
    await expect(items.first()).toBeVisible();
    await expect(page.locator("h1")).toHaveAttribute("lang", lang);
    const titles = page.locator("[data-testid=timeline] .vis-item[data-event-id] [lang]");
    await expect(titles.first()).toBeVisible();
    await expect.poll(() => titles.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute("lang")))])).toEqual([lang]);
    await expect(page.locator('main [lang="en"]')).toHaveCount(0);
  });
}

test('a dataset of our own format in Hebrew, naming no language, is lang="he", read right to left', async ({ page }) => {
  const hebrew = {
    version: 1,
    title: "מלחמת העצמאות",
    categories: [{ id: "c", label: "אירועים" }],
    sources: [{ id: "s", outlet: null, title: null, published: null, summary: "מקור." }],
    events: [
      ["1948-05-14-a", "1948-05-14", "הכרזת המדינה"],
      ["1949-02-24-b", "1949-02-24", "הסכמי שביתת הנשק"],
    ].map(([id, date, title]) => ({ id, date, title, summary: "תקציר.", category: "c", sources: [{ source: "s" }] })),
  };
  await page.route("**/fixtures/scripts/native-he.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(hebrew) }),
  );
  await page.goto("./?data=fixtures/scripts/native-he.json#/event/1948-05-14-a");
  await expect(page.getByTestId("event-detail")).toHaveAttribute("data-event-id", "1948-05-14-a");
  await expect(page.locator("h1")).toHaveAttribute("lang", "he");
  const title = page.locator("#event-detail-title [lang]").first();
  await expect(title).toHaveAttribute("lang", "he");
  expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  await expect(page.locator('main [lang="en"]')).toHaveCount(0);
});
