import { eventDetail, expect, serveFixture, test } from "./fixtures";

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
      actors: [],
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
    await expect(quote.locator("footer [lang]")).toHaveAttribute("lang", "fr");
    await expect(quote.locator("footer [lang]")).toHaveText("Le président de la Généralité");
    await expect(quote.getByTestId("quote-translation")).toHaveAttribute("lang", "ar");

    // Nothing of the dataset's is said to be English.
    await expect(detail.locator('[lang="en"]')).toHaveCount(0);
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
