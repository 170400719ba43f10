import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

// What an import says about itself: in the reader's language, in the studio and not in the
// exported file; a mixed-script file name in the Publish panel kept in its order.
test.describe.configure({ timeout: 90_000 });

const arabicTimelineJs = {
  title: { text: { headline: "القرن السابع the 7th century", text: "أحداث القرن السابع" } },
  events: [
    {
      start_date: { year: "602" },
      text: { headline: "آخر الحروب الكبرى بين الروم والفرس", text: "صراع طويل أنهك الإمبراطوريتين معًا" },
      media: { url: "https://example.org/picture.jpg" },
    },
    { start_date: { year: "622" }, text: { headline: "الهجرة إلى المدينة", text: "بداية التقويم الهجري" } },
  ],
};

test("a TimelineJS file opened in the studio exports without its import notices, under a name kept in order", async ({ page }) => {
  await page.goto("./studio/");
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
  await page.getByLabel("Open a file").setInputFiles({
    name: "seventh.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(arabicTimelineJs)),
  });
  // The import's notices are said in the studio…
  await expect(page.locator(".open-notes")).toContainText("on other sites");
  // The file has no problems: Export downloads it at once.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toBe("القرن-السابع-the-7th-century.json");
  // …and not saved as the dataset's notes, which the published timeline would show.
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as { notes?: string[] };
  expect(exported.notes ?? []).toEqual([]);

  // The file's name reads left to right in the Publish panel, as it downloaded.
  for (const place of [page.locator("#publish-heading"), page.locator(".publish p").first()]) {
    const isolated = place.locator("bdi", { hasText: name });
    await expect(isolated).toHaveCount(1);
    expect(await isolated.evaluate((bdi) => getComputedStyle(bdi).direction)).toBe("ltr");
  }
});
