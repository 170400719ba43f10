import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousViolations, test } from "./fixtures";

// A reporter's whole task typed key by key, and axe over the published timeline with every translation field drawn, on two busy cores.
test.describe.configure({ timeout: 180_000 });

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const items = (page: Page, name: string) => section(page, name).locator("fieldset.item");
/** The format's basis: the first 16 hex digits of SHA-256 of the original's text. */
const digest = (text: string) => createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);

const TITLE = "Talks open in Damascus";
const ARABIC_TITLE = "المحادثات تبدأ في دمشق";

async function openStudio(page: Page) {
  await page.goto("./studio/");
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
}

test("a translation typed in Arabic is out of date once its original changes, and is exported and opened again with its state", async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").fill("Talks in Damascus");
  await page.getByRole("button", { name: "Add source" }).click();
  const source = items(page, "Sources").first();
  await source.getByLabel("Outlet", { exact: true }).fill("Al-Example News");
  await source.getByLabel("What the article reports").fill("The talks.");
  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").first();
  await event.getByLabel("Date", { exact: true }).fill("2024-03-03");
  const title = event.getByLabel("Title", { exact: true });
  await title.fill(TITLE);
  await event.getByLabel("Summary", { exact: true }).fill("The talks opened.");
  await event.getByRole("checkbox", { name: "Al-Example News" }).check();

  // The languages: the original first, then Arabic, said who translates it and how.
  const languages = section(page, "Languages");
  const code = languages.getByLabel("Language code (en, ar, fa…)");
  // A language is refused with a reason where its code is not one.
  await code.fill("Arabic!");
  await code.press("Enter");
  await expect(languages.getByRole("alert")).toHaveText("“Arabic!” is not a language code such as en, ar or fa.");
  await code.fill("en");
  await languages.getByRole("button", { name: "Add language" }).click();
  await code.fill("ar");
  await languages.getByRole("button", { name: "Add language" }).click();
  const arabic = languages.locator("fieldset.language").nth(1);
  await arabic.getByLabel(/^Its name in its own language/).pressSequentially("العربية");
  await arabic.getByLabel("Translated by (a desk or a person)").fill("The Arabic desk");
  await arabic.getByLabel("How it was translated").selectOption("human");
  await expect(arabic.locator("legend")).toHaveText("العربية (ar): a translation");
  await expect(arabic.locator(".translation-progress")).toHaveText(/texts not translated/);

  await languages.getByLabel("Translating into").selectOption({ label: "العربية" });
  // The event's translation beside its original, typed key by key in Arabic.
  const translation = event.locator("fieldset.translation");
  await expect(translation.locator("legend")).toHaveText("Translation into العربية");
  const arabicTitle = translation.getByLabel("Title in العربية", { exact: true });
  await expect(arabicTitle).toHaveAttribute("lang", "ar");
  await expect(translation.locator(".translation-row").first().locator("p[lang]")).toHaveText(TITLE);
  await arabicTitle.pressSequentially(ARABIC_TITLE);
  await expect(arabicTitle).toHaveValue(ARABIC_TITLE);
  const titleRow = translation.locator(".translation-row", { has: page.locator("#f-events-0-translations-ar-title") });
  await expect(titleRow).toContainText("Translated from the original as it is now.");
  // The people, a list, split on the Arabic comma as the original's are.
  const arabicActors = translation.getByLabel(/^Who \(separated by commas\) in العربية/);
  await event.getByLabel(/^Who/).first().fill("The foreign minister");
  await arabicActors.pressSequentially("وزير الخارجية، المبعوث");
  await expect(arabicActors).toHaveValue("وزير الخارجية، المبعوث");

  // The original changes: the translation is out of date, beside it and in the summary.
  await title.press("End");
  await title.pressSequentially(" again");
  await expect(titleRow).toContainText("Out of date: the original changed after this was translated.");
  await expect(arabicTitle).toHaveValue(ARABIC_TITLE);
  await expect(arabic.locator(".translation-progress")).toContainText("1 out of date");
  await expectNoSeriousViolations(page, "in the studio while translating");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const download = await downloading;
  const path = (await download.path())!;
  const exported = JSON.parse(readFileSync(path, "utf8"));
  expect(exported.languages).toEqual([
    { code: "en", name: null, translator: null, method: null, reviewed: false },
    { code: "ar", name: "العربية", translator: "The Arabic desk", method: "human", reviewed: false },
  ]);
  expect(exported.events[0].title).toBe(`${TITLE} again`);
  expect(exported.events[0].translations).toEqual({
    ar: {
      title: ARABIC_TITLE,
      actors: ["وزير الخارجية", "المبعوث"],
      basis: { title: digest(TITLE), actors: digest(JSON.stringify(["The foreign minister"])) },
    },
  });

  // Opened again from the file: the translation, and that it is out of date, are still there.
  await page.getByRole("button", { name: "New timeline" }).click();
  await expect(items(page, "Events")).toHaveCount(0);
  await page
    .getByLabel("Open a file")
    .setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: readFileSync(path) });
  await expect(page.getByLabel("Timeline title", { exact: true })).toHaveValue("Talks in Damascus");
  const reopened = section(page, "Languages").locator("fieldset.language").nth(1);
  await expect(reopened.locator(".translation-progress")).toContainText("1 out of date");
  await section(page, "Languages").getByLabel("Translating into").selectOption({ label: "العربية" });
  const again = items(page, "Events").first().locator("fieldset.translation");
  const titleAgain = again.getByLabel("Title in العربية", { exact: true });
  await expect(titleAgain).toHaveValue(ARABIC_TITLE);
  const rowAgain = again.locator(".translation-row", { has: page.locator("#f-events-0-translations-ar-title") });
  await expect(rowAgain).toContainText("Out of date");

  // Still right, without retyping: current again, in the file too.
  await rowAgain.getByRole("button", { name: /^Still right/ }).click();
  await expect(rowAgain).toContainText("Translated from the original as it is now.");
  await expect(titleAgain).toHaveValue(ARABIC_TITLE);
  await expect(reopened.locator(".translation-progress")).not.toContainText("out of date");
  const downloadingAgain = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const confirmed = JSON.parse(readFileSync((await (await downloadingAgain).path())!, "utf8"));
  expect(confirmed.events[0].translations.ar.basis.title).toBe(digest(`${TITLE} again`));

  // A blank translation is a problem named with its language; its link turns the form to that language.
  const arabicSummary = again.getByLabel("Summary in العربية", { exact: true });
  await arabicSummary.pressSequentially(" ");
  await section(page, "Languages").getByLabel("Translating into").selectOption({ label: "Original only" });
  await expect(items(page, "Events").first().locator("fieldset.translation")).toHaveCount(0);
  await page
    .locator(".problem-list")
    .getByRole("link", { name: /Summary in ar is missing/ })
    .click();
  await expect(arabicSummary).toBeFocused();
});

test("a TimelineJS file opens in its one language; the published timeline's translations open current, item by item", async ({ page }) => {
  await openStudio(page);
  await page.getByLabel("Open a file").setInputFiles("e2e/fixtures/timelinejs-corpus/persian-arabic-ancient.json");
  await expect(items(page, "Events").first()).toBeVisible();
  // Its one language, the one its script says, and no other: nothing to translate into.
  const languages = section(page, "Languages");
  await expect(languages.locator("fieldset.language legend")).toHaveText([/\(fa\): the original/]);
  await expect(languages.getByLabel("Translating into")).toHaveCount(0);

  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  await expect(items(page, "Events").first()).toBeVisible();
  // The published timeline's languages, each translation's state counted: all current.
  await expect(languages.locator("fieldset.language legend")).toHaveText([
    "English (en): the original",
    "العربية (ar): a translation",
    "فارسی (fa): a translation",
  ]);
  await expect(languages.locator(".translation-progress")).toHaveText([
    "Every text translated, from the originals as they are now.",
    "Every text translated, from the originals as they are now.",
  ]);
  await languages.getByLabel("Translating into").selectOption({ label: "فارسی" });
  // The timeline, a source with its quotes, an event: each with its translation fields.
  await expect(section(page, "Timeline").getByLabel("Timeline title in فارسی")).toBeVisible();
  const quotesInPersian = items(page, "Sources").first().getByLabel("Quote in فارسی");
  await expect(quotesInPersian.first()).toBeVisible();
  // A quote said in Persian is the verbatim original there: its Persian translation is a problem, to be
  // cleared, and then it is not offered for translation into Persian.
  const offered = await quotesInPersian.count();
  await items(page, "Sources")
    .first()
    .getByLabel(/^Language of the quote/)
    .first()
    .fill("fa");
  await expect(page.locator(".problem-list")).toContainText("a quote in fa cannot have a translation into fa");
  await quotesInPersian.first().fill("");
  await expect(quotesInPersian).toHaveCount(offered - 1);
  await expect(page.locator(".problem-list")).not.toContainText("cannot have a translation");
  await expect(items(page, "Events").first().getByLabel("Title in فارسی", { exact: true })).toBeVisible();
  // The preview shows the reader's view in the language translated into.
  await expect(page.locator(".preview-pane iframe")).toHaveAttribute("src", /lang=fa/);
  // axe at 1280 px runs in the test above; here the narrow screen, where each original stacks over its translation.
  await page.setViewportSize({ width: 375, height: 900 });
  await expectNoSeriousViolations(page, "in the studio translating, at 375 px");
  // What a finger meets among the new controls: each, or the label holding it, at least 44 px tall.
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        ":is(.language, .language-add, .translating-switch, .translation) :is(button, input, select)",
      ),
    ]
      .filter((control) => control.getClientRects().length > 0)
      .filter(
        (control) => Math.max(control.getBoundingClientRect().height, control.closest("label")?.getBoundingClientRect().height ?? 0) < 44,
      )
      .map((control) => control.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  // Removing the language takes its translations along (and Undo brings them back).
  await items(page, "Events").first().getByLabel("Title in فارسی", { exact: true }).fill("دیدار");
  // (Named in its language's group, not by the language: the interface's switcher has the names.)
  await languages.locator("fieldset.language").nth(2).getByRole("button", { name: "Remove this language and its translations" }).click();
  await expect(items(page, "Events").first().locator("fieldset.translation")).toHaveCount(0);
  await expect(page.locator(".preview-pane iframe")).not.toHaveAttribute("src", /lang=fa/);
});

test("an event's notes to readers are translated beside their originals, missing or out of date, and kept through export and reopening", async ({
  page,
}) => {
  const CORRECTION = "The meeting was on 30 May, not 29 May.";
  const UPDATE = "Added the official readout as a source.";
  const ARABIC_CORRECTION = "كان اللقاء في 30 مايو، لا 29 مايو.";
  const file = {
    version: 1,
    title: "Talks",
    languages: [{ code: "en" }, { code: "ar", name: "العربية", translator: "The Arabic desk", method: "human", reviewed: false }],
    categories: [{ id: "diplomacy", label: "Diplomacy" }],
    sources: [{ id: "s", outlet: "Al-Example News", title: null, published: null, summary: "The talks.", quotes: [] }],
    events: [
      {
        id: "2024-05-30-talks",
        date: "2024-05-30",
        title: "Talks",
        summary: "They met.",
        category: "diplomacy",
        sources: [{ source: "s", quotes: [] }],
        updates: [
          { date: "2024-06-01", kind: "correction", note: CORRECTION },
          // Translated from an earlier wording of the note: out of date.
          {
            date: "2024-06-02",
            kind: "update",
            note: UPDATE,
            translations: { ar: { note: "أضيف المحضر.", basis: { note: digest("Added the readout.") } } },
          },
        ],
      },
    ],
  };
  await openStudio(page);
  await page
    .getByLabel("Open a file")
    .setInputFiles({ name: "talks.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByLabel("Timeline title", { exact: true })).toHaveValue("Talks");
  await section(page, "Languages").getByLabel("Translating into").selectOption({ label: "العربية" });
  const translation = items(page, "Events").first().locator("fieldset.translation");
  const notes = translation.locator(".translation-update");
  await expect(notes.locator(".translation-quote-by")).toHaveText(["Correction of 2024-06-01", "Update of 2024-06-02"]);
  await expect(notes.nth(0).locator(".translation-original p")).toHaveText(CORRECTION);
  await expect(notes.nth(0)).toContainText("Not translated yet.");
  await expect(notes.nth(1)).toContainText("Out of date: the original changed after this was translated.");

  const arabicNote = notes.nth(0).getByLabel("Note for readers in العربية", { exact: true });
  await expect(arabicNote).toHaveAttribute("lang", "ar");
  await arabicNote.pressSequentially(ARABIC_CORRECTION);
  await expect(arabicNote).toHaveValue(ARABIC_CORRECTION);
  await expect(notes.nth(0)).toContainText("Translated from the original as it is now.");
  await notes
    .nth(1)
    .getByRole("button", { name: /^Still right/ })
    .click();
  await expect(notes.nth(1)).toContainText("Translated from the original as it is now.");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const download = await downloading;
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(exported.events[0].updates).toEqual([
    {
      date: "2024-06-01",
      kind: "correction",
      note: CORRECTION,
      translations: { ar: { note: ARABIC_CORRECTION, basis: { note: digest(CORRECTION) } } },
    },
    { date: "2024-06-02", kind: "update", note: UPDATE, translations: { ar: { note: "أضيف المحضر.", basis: { note: digest(UPDATE) } } } },
  ]);

  // Opened again from the file: both notes translated, from their originals as they are.
  await page.getByRole("button", { name: "New timeline" }).click();
  await expect(items(page, "Events")).toHaveCount(0);
  await page
    .getByLabel("Open a file")
    .setInputFiles({ name: "again.json", mimeType: "application/json", buffer: readFileSync((await download.path())!) });
  await section(page, "Languages").getByLabel("Translating into").selectOption({ label: "العربية" });
  const again = items(page, "Events").first().locator(".translation-update");
  await expect(again.nth(0).getByLabel("Note for readers in العربية", { exact: true })).toHaveValue(ARABIC_CORRECTION);
  await expect(again.nth(0)).toContainText("Translated from the original as it is now.");
  await expect(again.nth(1)).toContainText("Translated from the original as it is now.");
});
