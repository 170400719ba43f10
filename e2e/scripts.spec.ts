import { eventDetail, expect, serveFixture, test, timelineLive } from "./fixtures";

// A TimelineJS file in the scripts our readers write (and TimelineJS opens): Persian, Arabic,
// Russian, Chinese headlines, written for this test; with a slide with no text, protocol-relative
// media and a captioned picture of this site without alt text.
const slides = [
  { start_date: { year: "2020" }, text: { headline: "دیدار در تهران", text: "<p>متن</p>" } },
  { start_date: { year: "2021" }, text: { headline: "سفر به دمشق" } },
  { start_date: { year: "2022" }, text: { headline: "لقاء في دمشق", text: "نص" }, media: { url: "//upload.wikimedia.org/a.jpg" } },
  { start_date: { year: "2023" }, text: { headline: "Встреча в Москве", text: "Текст" } },
  {
    start_date: { year: "2024" },
    text: { headline: "北京会谈", text: "文本" },
    media: { url: "favicon.svg", caption: "<b>The site's icon</b>" },
  },
];
const file = { title: { text: { headline: "Scripts" } }, events: slides };
const ids = ["دیدار-در-تهران", "سفر-به-دمشق", "لقاء-في-دمشق", "встреча-в-москве", "北京会谈"];

test("a timeline in Persian, Arabic, Russian and Chinese opens: every slide an event, each linked by its own id", async ({ page }) => {
  await serveFixture(page, "scripts.json", file);
  await page.goto(`./?data=fixtures/scripts.json#/event/${encodeURIComponent(ids[1]!)}`);
  const detail = eventDetail(page);
  await expect(detail).toHaveAttribute("data-event-id", ids[1]!);
  await expect(detail.getByRole("heading", { level: 2, name: "سفر به دمشق" })).toBeVisible();
  // A slide with no text: its headline once, no summary repeating it.
  await expect(detail.locator(".event-summary")).toHaveCount(0);
  await timelineLive(page);

  await page.getByRole("button", { name: "List" }).click();
  const listed = page.getByTestId("event-list").locator("[data-list-event-id]");
  await expect(listed).toHaveCount(slides.length);
  expect((await listed.evaluateAll((links) => links.map((l) => l.getAttribute("data-list-event-id")))).sort()).toEqual([...ids].sort());

  // Each deep link, typed as people paste it (unencoded), selects its event.
  for (const [i, id] of ids.entries()) {
    await page.goto(`./?data=fixtures/scripts.json#/event/${id}`);
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", id);
    await expect(eventDetail(page).getByRole("heading", { level: 2, name: slides[i]!.text.headline })).toBeVisible();
  }
});

test("TimelineJS's own link to a Persian slide (#event--) opens it, at its id of today", async ({ page }) => {
  await serveFixture(page, "scripts.json", file);
  await page.goto("./?data=fixtures/scripts.json#event--");
  await expect(eventDetail(page)).toHaveAttribute("data-event-id", ids[0]!);
  await expect(page).toHaveURL(new RegExp(`#/event/${encodeURIComponent(ids[0]!)}$`));
  await expect(page.getByTestId("notice")).toHaveCount(0);
});

test("protocol-relative media are links to their https address, and a captioned picture is described by its caption", async ({ page }) => {
  await serveFixture(page, "scripts.json", file);
  await page.goto(`./?data=fixtures/scripts.json#/event/${encodeURIComponent(ids[2]!)}`);
  await expect(eventDetail(page).locator(".event-media a")).toHaveAttribute("href", "https://upload.wikimedia.org/a.jpg");
  await page.goto(`./?data=fixtures/scripts.json#/event/${encodeURIComponent(ids[4]!)}`);
  await expect(eventDetail(page).locator(".event-media img")).toHaveAttribute("alt", "The site's icon");
});
