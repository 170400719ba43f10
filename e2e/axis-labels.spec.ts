import type { Page } from "@playwright/test";
import { expect, serveFixture, test, timelineLive } from "./fixtures";

// A timeline before the common era, read in Persian, Arabic and English on a phone: the axis's
// labels are whole (none cut by the frame's edge or by the next label), apart, in the language's
// digits, with the era written as the boxes write it. (In Persian at 375 px the axis showed one
// label a thousand years on and half of another, cut by the frame: "… پیش از میلاد".)

/** Six centuries either side of the common era's start, as a TimelineJS file. */
const ANTIQUITY = {
  title: { text: { headline: "Antiquity", text: "Six centuries." } },
  events: [
    ["-500", "Persian Wars begin"],
    ["-490", "Battle of Marathon"],
    ["-431", "Peloponnesian War"],
    ["-336", "Alexander becomes king"],
    ["-264", "First Punic War"],
    ["-44", "Caesar killed"],
    ["14", "Augustus dies"],
    ["100", "Trajan rules"],
  ].map(([year, headline]) => ({ start_date: { year }, text: { headline, text: `${headline}.` } })),
};

/** The axis's labels a reader sees: where each one's text is drawn, and whether all of it shows. */
const axisLabels = (page: Page) =>
  page.getByTestId("timeline").evaluate((root) => {
    const frame = root.querySelector(".vis-time-axis.vis-foreground")!.getBoundingClientRect();
    const range = document.createRange();
    return [...root.querySelectorAll<HTMLElement>(".vis-time-axis .vis-text")]
      .filter((label) => label.textContent!.trim() !== "" && getComputedStyle(label).visibility === "visible")
      .map((label) => {
        range.selectNodeContents(label);
        const { left, right, top, bottom } = range.getBoundingClientRect();
        return {
          text: label.textContent!.trim(),
          box: { left, right, top, bottom },
          // Within the frame, and not clipped by its own box (its step).
          whole: left >= frame.left - 0.5 && right <= frame.right + 0.5 && label.scrollWidth <= label.clientWidth + 1,
        };
      });
  });

const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const CASES = [
  { lang: "fa", digits: /[۰-۹]/, era: "پیش از میلاد" },
  { lang: "ar", digits: /[0-9]/, era: "ق.م" },
  { lang: "en", digits: /[0-9]/, era: "BCE" },
] as const;

for (const { width, height } of [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    for (const { lang, digits, era } of CASES) {
      test(`the axis of a timeline before the common era, in ${lang}: whole labels, apart, in the language's digits`, async ({
        page,
      }, testInfo) => {
        await serveFixture(page, "antiquity.json", ANTIQUITY);
        await page.goto(`./?data=fixtures/antiquity.json&lang=${lang}`);
        await timelineLive(page);
        await expect.poll(async () => (await axisLabels(page)).length).toBeGreaterThanOrEqual(2);
        const labels = await axisLabels(page);
        await page.getByTestId("timeline").screenshot({ path: testInfo.outputPath(`axis-${lang}.png`) });
        for (const label of labels) expect(label.whole, `"${label.text}" whole`).toBe(true);
        for (const [i, a] of labels.entries()) {
          for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `"${a.text}" and "${b.text}" apart`).toBe(false);
        }
        const years = labels.filter((label) => digits.test(label.text));
        expect(years.length).toBeGreaterThanOrEqual(2);
        if (lang === "fa") expect(labels.some((label) => /[0-9]/.test(label.text))).toBe(false);
        expect(years.some((label) => label.text.includes(era))).toBe(true);
      });
    }
  });
}

// A story of a few weeks (one event at a time of day, so a reader may zoom in to hours), read in
// Arabic on a phone and zoomed in to days: the axis labels days with their weekday ("ثلاثاء 16"),
// long words in Arabic; at 375 px they were reported cut ("ء 29" for "ثلاثاء 29"; not reproduced on
// this build, zooming in step by step from months to hours: a guard).
const WEEKS = {
  title: { text: { headline: "Weeks", text: "A month of meetings." } },
  events: [
    ["2024", "4", "2", "Talks open"],
    ["2024", "4", "9", "Second round"],
    ["2024", "4", "16", "Draft agreed"],
    ["2024", "4", "23", "Ministers meet"],
    ["2024", "4", "30", "Agreement signed"],
  ].map(([year, month, day, headline]) => ({
    start_date: { year, month, day, ...(day === "23" ? { hour: "10" } : {}) },
    text: { headline, text: `${headline}.` },
  })),
};

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  for (const lang of ["ar"] as const) {
    test(`the axis of a timeline of a few weeks, in ${lang}: whole labels, apart`, async ({ page }, testInfo) => {
      await serveFixture(page, "weeks.json", WEEKS);
      await page.goto(`./?data=fixtures/weeks.json&lang=${lang}`);
      await timelineLive(page);
      const timeline = page.getByTestId("timeline");
      // Zoomed in step by step from the opening view (months) to hours, each axis checked on the way.
      for (let step = 0; step < 14; step++) {
        await expect(async () => {
          const labels = await axisLabels(page);
          expect(labels.length).toBeGreaterThanOrEqual(1);
          for (const label of labels) expect(label.whole, `step ${step}: "${label.text}" whole`).toBe(true);
          for (const [i, a] of labels.entries()) {
            for (const b of labels.slice(i + 1))
              expect(overlap(a.box, b.box), `step ${step}: "${a.text}" and "${b.text}" apart`).toBe(false);
          }
        }).toPass({ timeout: 3000 });
        await timeline.screenshot({ path: testInfo.outputPath(`axis-weeks-${lang}-${step}.png`) });
        await timeline.focus();
        await page.keyboard.press("+");
      }
    });
  }
});
