import type { Locator } from "@playwright/test";
import { eventDetail, expect, holdTimelineChunk, serveFixture, test, timelineLive } from "./fixtures";

// A timeline written in French and translated, in part, into Arabic: every text carries its own
// language, the original's (French) where no translation covers it, never a default English.

const EVENT = "2024-10-29-dana";
const french = {
  version: 1,
  title: "Les inondations de Valence",
  description: "Chronologie de la DANA d'octobre 2024.",
  updated: "2024-11-05T09:00:00Z",
  languages: [
    { code: "fr", name: "Français" },
    { code: "ar", name: "العربية", translator: "Desk arabe", method: "human", reviewed: true },
  ],
  translations: { ar: { title: "فيضانات فالنسيا" } },
  categories: [
    { id: "meteo", label: "Météo", translations: { ar: { label: "الطقس" } } },
    { id: "secours", label: "Secours" },
  ],
  sources: [
    {
      id: "le-monde",
      outlet: "Le Monde",
      citing: "la préfecture",
      title: "Valence sous les eaux",
      published: "2024-10-30",
      language: null,
      summary: "Le récit de la nuit du 29 octobre.",
      translations: { ar: { summary: "رواية ليلة 29 أكتوبر." } },
      quotes: [
        {
          id: "q1",
          speaker: "Le président de la Généralité",
          text: "Personne ne pouvait prévoir une telle crue.",
          language: null,
          translations: { ar: { text: "لم يكن أحد يتوقع فيضانًا كهذا." } },
        },
      ],
    },
  ],
  events: [
    {
      id: EVENT,
      date: "2024-10-29T18:00",
      end: null,
      title: "La crue submerge Paiporta",
      summary: "Des pluies torrentielles font déborder le ravin du Poyo.",
      category: "meteo",
      place: "Paiporta",
      actors: ["Carlos Mazón", "Pedro Sánchez"],
      sources: [{ source: "le-monde", quotes: ["q1"] }],
      updates: [
        { date: "2024-11-01", kind: "correction", note: "Le bilan était de 200 morts, non de 100." },
        { date: "2024-11-04", kind: "update", note: "Le bilan est révisé.", translations: { ar: { note: "رُوجعت الحصيلة." } } },
      ],
      translations: { ar: { title: "الفيضان يغمر بايبورتا" } },
    },
    {
      id: "2024-11-02-secours",
      date: "2024-11-02",
      end: null,
      title: "Les secours arrivent",
      summary: "L'armée est déployée.",
      category: "secours",
      place: null,
      actors: [],
      sources: [{ source: "le-monde", quotes: [] }],
    },
  ],
};

test.describe("a French timeline read in Arabic", () => {
  test.beforeEach(async ({ page }) => {
    await serveFixture(page, "fr.json", french);
  });

  test("update notes, outlets, speakers and quotes carry French, and what is not translated says so", async ({ page }) => {
    await page.goto(`./?lang=ar&data=fixtures/fr.json#/event/${EVENT}`);
    const detail = eventDetail(page);
    await expect(detail).toHaveAttribute("data-event-id", EVENT);
    await expect(detail.locator("#event-detail-title [lang]").first()).toHaveAttribute("lang", "ar");

    // Newest first: the translated note, then the correction no one translated.
    const notes = detail.getByTestId("update-notes").locator("li");
    await expect(notes.nth(0).locator('[lang="ar"][dir="auto"]')).toHaveText("رُوجعت الحصيلة.");
    await expect(notes.nth(0).getByTestId("not-translated")).toHaveCount(0);
    await expect(notes.nth(1).locator('[lang="fr"][dir="auto"]')).toHaveText("Le bilan était de 200 morts, non de 100.");
    await expect(notes.nth(1).getByTestId("not-translated")).toHaveText("(غير مترجم)");

    const panel = detail.getByTestId("source-panel").first();
    await expect(panel.locator(".source-meta dd").nth(0).locator("[lang]")).toHaveAttribute("lang", "fr");
    await expect(panel.locator(".source-meta dd").nth(1).locator("[lang]")).toHaveAttribute("lang", "fr");
    const quote = panel.locator('blockquote[data-quote-id="q1"]');
    await expect(quote.getByTestId("quote-original")).toHaveAttribute("lang", "fr");
    // In its own language's quotation marks, not the page's.
    await expect(quote.getByTestId("quote-original")).toHaveText(/^«\s*Personne ne pouvait prévoir une telle crue\.\s*»$/);
    await expect(quote.locator("footer [lang]")).toHaveAttribute("lang", "fr");
    await expect(quote.locator("footer [lang]")).toHaveText("Le président de la Généralité");
    await expect(quote.getByTestId("quote-translation")).toHaveAttribute("lang", "ar");

    // Its people, untranslated: French, joined with a Latin comma on an Arabic page.
    await expect(detail.locator(".event-facts dd").nth(1).locator('[lang="fr"]')).toHaveText("Carlos Mazón, Pedro Sánchez");
    // Nothing of the dataset's is said to be English.
    await expect(detail.locator('[lang="en"]')).toHaveCount(0);
  });

  test("the live region and the print digest's source line give French its own lang inside Arabic", async ({ page }) => {
    await page.goto("./?lang=ar&data=fixtures/fr.json#/event/2024-11-02-secours");
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", "2024-11-02-secours");
    const announcer = page.getByTestId("announcer");
    await expect(announcer).toContainText("تم اختيار");
    await expect(announcer.locator('[lang="fr"]')).toHaveText("Les secours arrivent");
    const tagged = await page
      .getByTestId("print-digest")
      .locator("ol > li > ul > li > span")
      .first()
      .evaluate((line) => [...line.querySelectorAll("[lang]")].map((el) => [el.getAttribute("lang"), el.textContent]));
    expect(tagged).toEqual([
      ["fr", "Le Monde"],
      ["fr", "la préfecture"],
      ["fr", "Valence sous les eaux"],
    ]);
  });

  test("the legend marks the category no one translated", async ({ page }) => {
    await page.goto("./?lang=ar&data=fixtures/fr.json");
    const toggles = page.locator("#category-filter .legend-toggle");
    await expect(toggles.nth(0).locator('[lang="ar"]').first()).toHaveText("الطقس");
    await expect(toggles.nth(0).getByTestId("not-translated")).toHaveCount(0);
    await expect(toggles.nth(1).locator('[lang="fr"]')).toHaveText("Secours");
    await expect(toggles.nth(1).getByTestId("not-translated")).toHaveText("(غير مترجم)");
    await expect(page.locator("#category-filter [lang=en]")).toHaveCount(0);
  });

  test("What's new gives each note and title its own language", async ({ page }) => {
    await page.goto("./?lang=ar&data=fixtures/fr.json#/changes");
    const view = page.getByTestId("changes-view");
    const entries = view.locator("li");
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0).locator("a")).toHaveAttribute("lang", "ar");
    await expect(entries.nth(0).locator(".changes-note [lang]").first()).toHaveAttribute("lang", "ar");
    await expect(entries.nth(1).locator(".changes-note [lang]").first()).toHaveAttribute("lang", "fr");
    await expect(entries.nth(1).getByTestId("not-translated")).toHaveCount(1);
    await expect(view.locator('[lang="en"]')).toHaveCount(0);
  });
});

/** Each box's untranslated mark, and what of the box's texts is cut (wider or taller than the box shows). */
const boxMarks = (timeline: Locator) =>
  timeline.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>("[data-event-id]")]
      .filter((box) => box.getClientRects().length > 0 && box.querySelector(".timeline-item-title"))
      .map((box) => {
        const r = box.getBoundingClientRect();
        const mark = box.querySelector<HTMLElement>("[data-testid=not-translated]");
        const cut = [...box.querySelectorAll<HTMLElement>(".timeline-item-title, .timeline-item-date, .timeline-item-mark")].filter(
          (text) => {
            const t = text.getBoundingClientRect();
            return text.scrollWidth > text.clientWidth + 1 || t.right > r.right + 1 || t.bottom > r.bottom + 1 || t.left < r.left - 1;
          },
        );
        return {
          id: box.dataset.eventId!,
          mark: mark && { text: mark.textContent, lang: mark.lang },
          cut: cut.map((text) => text.textContent),
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id)),
  );

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  test(`at ${viewport.width} px, the box of a title no one translated says so, first paint and live alike`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await serveFixture(page, "fr.json", french);
    const release = await holdTimelineChunk(page);
    await page.goto("./?lang=ar&data=fixtures/fr.json");
    const timeline = page.getByTestId("timeline");
    await expect(page.getByTestId("timeline-preview").locator("a[data-event-id]:visible").first()).toBeVisible();
    const expected = [
      { id: EVENT, mark: null, cut: [] },
      { id: "2024-11-02-secours", mark: { text: "(غير مترجم)", lang: "ar" }, cut: [] },
    ];
    expect(await boxMarks(timeline)).toEqual(expected);
    release();
    await timelineLive(page);
    await expect.poll(() => boxMarks(timeline.locator(".vis-timeline"))).toEqual(expected);
  });
}

// Two months of events: the axis names its months (moment, for vis-timeline), the boxes their dates
// (date-fns), the detail and the list too. One screen, one set of month names and digits.
const spring = {
  version: 1,
  title: "Spring",
  description: null,
  categories: [{ id: "c", label: "Events" }],
  sources: [{ id: "s", outlet: null, title: null, published: null, language: null, summary: "A source." }],
  events: [
    ["2024-04-12-a", "2024-04-12T10:00", "First"],
    ["2024-05-03-b", "2024-05-03", "Second"],
    ["2024-05-24-c", "2024-05-24", "Third"],
  ].map(([id, date, title]) => ({
    id,
    date,
    end: null,
    title,
    summary: "S.",
    category: "c",
    place: null,
    actors: [],
    sources: [{ source: "s" }],
  })),
};
const IRANIAN_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];
const ENGLISH_FORMS = /آپریل|(^|\s)می(\s|$)|جون|جولای|آگوست/;

for (const lang of ["fa", "ar"] as const) {
  test(`the axis and the boxes name the months alike (${lang})`, async ({ page }) => {
    await serveFixture(page, "spring.json", spring);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?lang=${lang}&data=fixtures/spring.json`);
    const timeline = page.getByTestId("timeline");
    await expect(timeline.locator(".vis-timeline")).toBeVisible();
    // vis-timeline's labels, not the "0" it measures its characters with.
    const axis = timeline.locator(".vis-time-axis .vis-text:not(.vis-measure)");
    const boxDates = timeline.locator(".vis-item .timeline-item-date");
    await expect(boxDates).toHaveCount(3);
    const april = lang === "fa" ? "آوریل" : "أبريل";
    const may = lang === "fa" ? "مه" : "مايو";
    await expect(async () => {
      const axisWords = (await axis.allTextContents()).join(" ").split(/\s+/);
      expect(axisWords).toContain(april);
      expect(axisWords).toContain(may);
    }).toPass();
    const boxes = await boxDates.allTextContents();
    expect(boxes.some((text) => text.split(/\s+/).includes(april))).toBe(true);
    expect(boxes.filter((text) => text.split(/\s+/).includes(may))).toHaveLength(2);
    // The date-time in the detail: the same month, the language's comma, the same digits as the axis.
    await timeline.locator('.vis-item[data-event-id="2024-04-12-a"]').click();
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", "2024-04-12-a");
    const detailDate = await eventDetail(page).locator(".event-date time").first().textContent();
    expect(detailDate!.split(/[\s،]+/)).toContain(april);
    expect(detailDate).toContain("،");
    expect(detailDate).not.toContain(",");
    const digits = (texts: string[]) =>
      new Set(
        texts
          .join("")
          .match(/\p{Nd}/gu)!
          .map((d) => (/[0-9]/.test(d) ? "latin" : "native")),
      );
    const axisDigits = digits(await axis.allTextContents());
    expect(digits([...boxes, detailDate!])).toEqual(axisDigits);
    if (lang === "fa") {
      const all = [...(await axis.allTextContents()), ...boxes, detailDate!].join(" ");
      expect(all).not.toMatch(ENGLISH_FORMS);
      for (const word of all.split(/[\s،]+/).filter((w) => /^\p{Script=Arabic}+$/u.test(w) && !/^[۰-۹]+$/.test(w)))
        expect(IRANIAN_MONTHS).toContain(word);
    }
  });
}
