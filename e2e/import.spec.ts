import { readFileSync } from "node:fs";
import { eventDetail, expect, holdTimelineChunk, serveFixture, test, timelineItem, timelineLive } from "./fixtures";

const fixture = (name: string) => readFileSync(new URL(`../src/dataset/timelineJs/fixtures/${name}`, import.meta.url), "utf8");

test("a TimelineJS JSON file opens as it is, and its old #event- links open the same event", async ({ page }) => {
  await serveFixture(page, "twain.json", fixture("twain-marktwain.json"));
  // TimelineJS's id for the slide headed "Hannibal, Missouri" (it has no unique_id): its slug.
  const id = "hannibal-missouri";
  await page.goto(`./?data=fixtures/twain.json#event-${id}`);
  const detail = eventDetail(page);
  await expect(detail).toHaveAttribute("data-event-id", id);
  await expect(detail.getByRole("heading", { level: 2, name: "Hannibal, Missouri" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/event/${id}$`));
  await timelineLive(page);
  await expect(timelineItem(page, id)).toBeVisible();
  // Its HTML is text now: no tag shows as raw text, and nothing from it is markup.
  expect(await detail.innerText()).not.toMatch(/<\/?[a-z]+[^>]*>/i);
});

test("a TimelineJS spreadsheet's CSV opens: paragraphs, links, media on another site as a link, never loaded", async ({ page }) => {
  await page.route("**/fixtures/sheet.csv", (route) =>
    route.fulfill({ status: 200, contentType: "text/csv", body: fixture("women_in_computing.csv") }),
  );
  await page.goto("./?data=fixtures/sheet.csv");
  await timelineLive(page);
  await page.getByRole("button", { name: "List" }).click();
  await page.locator('[data-list-event-id="ada-lovelace"]').click();
  const detail = eventDetail(page);
  await expect(detail.getByRole("heading", { level: 2, name: "Ada Lovelace" })).toBeVisible();
  expect(await detail.locator(".event-summary").count()).toBeGreaterThan(1);
  const media = detail.locator(".event-media a").first();
  await expect(media).toHaveText(/Media on upload\.wikimedia\.org/);
  await expect(media).toHaveAttribute("href", /^https:\/\/upload\.wikimedia\.org\//);
  await expect(detail.locator("img")).toHaveCount(0);
  expect(await detail.innerText()).not.toMatch(/<\/?[a-z]+[^>]*>/i);
});

test("a CSV with a headline's unquoted comma says which row, and imports nothing", async ({ page }) => {
  await page.route("**/fixtures/bad.csv", (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/csv",
      body: "Year,Month,Day,Headline,Text\n2020,5,1,Fine,x\n2020,5,2,Smith, Jones meet,text\n",
    }),
  );
  await page.goto("./?data=fixtures/bad.csv");
  await expect(page.getByRole("alert")).toContainText("row 3: it has 6 fields but the header has 5");
  await expect(page.getByTestId("timeline")).toHaveCount(0);
});

test("a missing file that a static host answers with its own page says there is no dataset there", async ({ page }) => {
  await page.route("**/fixtures/gone.json", (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><html><head><title>Site</title></head><body>Home</body></html>",
    }),
  );
  await page.goto("./?data=fixtures/gone.json");
  await expect(page.getByRole("alert")).toContainText("There is no dataset at fixtures/gone.json");
  await expect(page.getByRole("alert")).not.toContainText("Unexpected token");
});

test("slides without a start date are left out with a notice that counts them", async ({ page }) => {
  await serveFixture(page, "partial.json", {
    title: { text: { headline: "Partial" } },
    events: [
      { start_date: { year: 2020, month: 5 }, text: { headline: "Dated", text: "<p>One</p>" } },
      { text: { headline: "Undated" } },
      { text: { headline: "Undated too" } },
    ],
  });
  await page.goto("./?data=fixtures/partial.json");
  await expect(page.getByTestId("import-note")).toContainText("2 slides without a start date were left out");
  await expect(page.locator("h1")).toHaveText("Partial");
});

// An import's notices are keyed messages said in the reader's language, on the first paint (a phone,
// before the app wakes) and in the app alike; the file's own words (where it is) kept as they are.
const persianFile = {
  title: { text: { headline: "دیدار در تهران" } },
  events: [{ start_date: { year: 2024, month: 5, day: 30 }, text: { headline: "سفر به دمشق" } }, { text: { headline: "بدون تاریخ" } }],
};
for (const [lang, skipped, language] of [
  ["ar", "تُركت الشرائح التي لا تاريخ بدء لها", "الفارسية (fa)"],
  ["fa", "اسلاید بدون تاریخ آغاز کنار گذاشته شد", "فارسی (fa)"],
] as const) {
  test.describe(`an import's notices in ${lang}`, () => {
    test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    test(`are said in ${lang}, first paint and live`, async ({ page }) => {
      await serveFixture(page, "persian.json", persianFile);
      const release = await holdTimelineChunk(page);
      await page.goto(`./?lang=${lang}&data=fixtures/persian.json`);
      const notes = page.getByTestId("import-note");
      const expectSaid = async () => {
        await expect(notes).toHaveCount(2);
        await expect(notes.first()).toContainText(skipped);
        await expect(notes.first()).toContainText("persian.json, events[1].start_date");
        await expect(notes.last()).toContainText(language);
        for (const note of await notes.all()) {
          await expect(note).not.toContainText("slide");
          // In the interface's language and direction, not marked as the data's.
          expect(await note.evaluate((p) => [p.closest("[lang]")!.getAttribute("lang"), getComputedStyle(p).direction])).toEqual([
            lang,
            "rtl",
          ]);
        }
      };
      await expect(page.getByTestId("timeline-preview")).toBeVisible();
      await expectSaid();
      // The first paint's, before the app: it wakes on a key, and says them in its own words.
      await expect(page.getByTestId("filter-summary")).toHaveCount(0);
      release();
      await page.keyboard.press("Shift");
      await expect(page.getByTestId("filter-summary")).toBeAttached();
      await expectSaid();
    });
  });
}

// The one source an imported timeline's events cite is the file itself, and the source panel says so
// in the reader's language: no outlet, date or link "not stated" as if it were an article.
// Knight Lab's seventh-century example (e2e/fixtures/knightlab/SOURCES.md: MPL-2.0).
const seventh = readFileSync(new URL("./fixtures/knightlab/seventh.json", import.meta.url), "utf8");
for (const [lang, heading, note] of [
  ["en", "Imported from seventh.json", "imported as it is"],
  ["ar", "مستورد من seventh.json", "مستورد كما هو"],
] as const) {
  test(`an imported timeline's source reads as the file it was imported from (${lang})`, async ({ page }) => {
    await serveFixture(page, "seventh.json", seventh);
    const first = (JSON.parse(seventh) as { events: { text: { headline: string } }[] }).events[0]!.text.headline;
    await page.goto(`./?lang=${lang}&data=fixtures/seventh.json`);
    await page.getByRole("button", { name: lang === "en" ? "List" : "القائمة" }).click();
    await page.getByTestId("event-list").getByRole("link", { name: first }).click();
    const panel = page.locator('[data-testid="source-panel"][data-source-id="timelinejs-file"]');
    // The file's name kept whole in a sentence of either direction (isolated: U+2068 … U+2069).
    await expect(panel.getByRole("heading")).toHaveText(heading.replace("seventh.json", "\u2068seventh.json\u2069"));
    await expect(panel).toContainText(note);
    // What the file says of itself (its title slide's text), and no article's fields left "not stated".
    await expect(panel).toContainText("Events in the 7th century from https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages");
    await expect(panel.locator(".not-stated")).toHaveCount(0);
  });
}

test("Knight Lab's media example: every slide an event, links kept as links, credits shown, no media loaded", async ({ page }) => {
  await serveFixture(page, "media.json", fixture("mediatypes-timeline3.json"));
  const raw = JSON.parse(fixture("mediatypes-timeline3.json")) as { events: { start_date?: unknown }[] };
  await page.goto("./?data=fixtures/media.json");
  await page.getByRole("button", { name: "List" }).click();
  await expect(page.getByTestId("event-list").getByRole("link")).toHaveCount(raw.events.filter((e) => e.start_date).length);
  await page.goto("./?data=fixtures/media.json#event-youtube-videos");
  const detail = eventDetail(page);
  await expect(detail.getByRole("heading", { level: 2, name: "YouTube Videos" })).toBeVisible();
  await expect(detail.locator(".event-summary").getByRole("link", { name: "http://youtubetime.com/" })).toHaveAttribute(
    "href",
    "http://youtubetime.com/",
  );
  await expect(detail.locator(".event-media figcaption")).toContainText("the Monkey section of David Van Tieghem's Ear Drums");
  await expect(detail.locator(".event-media a").first()).toHaveAttribute("href", /^https:\/\/www\.youtube\.com\//);
  await expect(page.locator("iframe, video, audio, img")).toHaveCount(0);
  await page.goto("./?data=fixtures/media.json#event-flickr");
  await expect(detail).toHaveAttribute("data-event-id", "flickr");
  await expect(detail.locator(".event-media-credit")).not.toBeEmpty();
});

test("a spreadsheet's Display Date is the box's date too, first paint and live", async ({ page }) => {
  const csv = [
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background",
    ",,,,,,,,,Marches,,,,,,,title,,",
    "1965,3,,,,,,,Spring 1965,Selma,The marches.,,,,,,,,",
    "1965,8,6,,,,,,,Voting Rights Act,Signed.,,,,,,,,",
  ].join("\n");
  await serveFixture(page, "display.csv", csv);
  const release = await holdTimelineChunk(page);
  await page.goto("./?data=fixtures/display.csv");
  const dateOf = (scope: string, id: string) =>
    page.locator(`${scope} [data-event-id="${id}"] .timeline-item-date`).filter({ visible: true });
  await expect(dateOf("[data-testid=timeline-preview]", "selma")).toHaveText("Spring 1965");
  await expect(dateOf("[data-testid=timeline-preview]", "voting-rights-act")).toHaveText("6 August 1965");
  release();
  await timelineLive(page);
  await expect(dateOf(".vis-timeline", "selma")).toHaveText("Spring 1965");
  await expect(dateOf(".vis-timeline", "voting-rights-act")).toHaveText("6 August 1965");
});

test("a TimelineJS display date is shown, its machine date kept; an era is a period", async ({ page }) => {
  await serveFixture(page, "eras.json", {
    title: { text: { headline: "Eras" } },
    events: [
      { start_date: { year: 1965, month: 3, display_date: "Spring 1965" }, text: { headline: "Marches" } },
      { start_date: { year: 1968, month: 4, day: 4, hour: 18, minute: 1 }, text: { headline: "Evening" } },
    ],
    eras: [{ start_date: { year: 1964 }, end_date: { year: 1969 }, text: { headline: "The years" } }],
  });
  await page.goto("./?data=fixtures/eras.json#event-marches");
  const time = eventDetail(page).locator("time").first();
  await expect(time).toHaveText("Spring 1965");
  await expect(time).toHaveAttribute("datetime", "1965-03");
  await page.goto("./?data=fixtures/eras.json#event-evening");
  await expect(eventDetail(page).locator("time").first()).toHaveText("4 April 1968, 18:01");
  await timelineLive(page);
  await expect(page.getByTestId("timeline").locator('[data-period-id="the-years"]')).toBeVisible();
});
