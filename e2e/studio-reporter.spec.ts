import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { controlsOutOfReach, expect, test } from "./fixtures";

// A reporter's hands on the studio: going back from Export, notes for readers, a phone. Typed key by key.
test.describe.configure({ timeout: 90_000 });

const items = (page: Page, name: string) => page.getByRole("region", { name, exact: true }).locator("fieldset.item");

/** Counts the files downloaded: going back from Export downloads none. */
function countDownloads(page: Page) {
  const downloads: string[] = [];
  page.on("download", (download) => downloads.push(download.suggestedFilename()));
  return downloads;
}

test("the export's confirmation can be left, by Cancel or Escape, back on Export with nothing downloaded", async ({ page }) => {
  const downloads = countDownloads(page);
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").pressSequentially("Talks in Doha");
  const exportButton = page.getByRole("button", { name: "Export", exact: true });
  const confirm = page.locator(".export-confirm");

  // A draft with no event yet has a problem: Export says so first.
  await exportButton.click();
  await expect(confirm).toContainText("problem");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await exportButton.press("Enter");
  await expect(confirm).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Export anyway, as a draft" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  // Going on editing after going back, and Export then does download.
  const title = page.getByLabel("Timeline title");
  await title.click();
  await title.press("End");
  await title.pressSequentially(", 2024");
  expect(downloads).toEqual([]);
  const downloading = page.waitForEvent("download");
  await exportButton.click();
  await confirm.getByRole("button", { name: "Export anyway, as a draft" }).click();
  const exported = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
  expect(exported.title).toBe("Talks in Doha, 2024");
  expect(downloads).toHaveLength(1);
});

test("in Arabic, the notes asked at export are left by Escape or إلغاء and kept for the next Export", async ({ page }) => {
  const downloads = countDownloads(page);
  await page.goto("./studio/?lang=ar");
  await page.getByRole("button", { name: "ابدأ من الخط الزمني المنشور" }).click();
  const title = items(page, "الأحداث").first().getByLabel("العنوان", { exact: true });
  await title.click();
  await title.press("End");
  await title.pressSequentially(" (محدّث)");

  const exportButton = page.getByRole("button", { name: "تصدير", exact: true });
  const notes = page.getByTestId("change-notes");
  await exportButton.click();
  const note = notes.getByRole("textbox");
  await note.pressSequentially("أضيف مصدر جديد");
  await note.press("Escape");
  await expect(notes).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await exportButton.click();
  await expect(notes.getByRole("textbox")).toHaveValue("أضيف مصدر جديد");
  await notes.getByRole("button", { name: "إلغاء" }).click();
  await expect(notes).toHaveCount(0);
  await expect(exportButton).toBeFocused();
  await expect(title).toHaveValue(/ \(محدّث\)$/);
  expect(downloads).toEqual([]);
});

test("an event's notes for readers are written in the form: checked by path, translated, undone, exported", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const event = items(page, "Events").first();
  const notes = event.getByRole("group", { name: "Notes for readers (updates, corrections)" });
  const note = (n: number) => notes.locator(".update").nth(n);
  await notes.getByRole("button", { name: "Add a note for readers" }).click();
  const day = note(0).getByLabel("Day of the note");
  // Dated today, where the reporter is.
  await expect(day).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);

  // A day typed as a reader would say it: the problem beside the field, and in the list by its path.
  await day.click();
  await day.press("ControlOrMeta+a");
  await day.press("Backspace");
  await day.pressSequentially("1 June 2024");
  await expect(day).toHaveAttribute("aria-invalid", "true");
  const beside = note(0).locator("#f-events-0-updates-0-date-problems");
  await expect(beside).toHaveText("Note 1, Day of the note must be a day, YYYY-MM-DD, or a date-time, YYYY-MM-DDTHH:MMZ");
  const [input, told] = [(await day.boundingBox())!, (await beside.boundingBox())!];
  expect(told.y).toBeGreaterThanOrEqual(input.y + input.height);
  expect(told.y).toBeLessThan(input.y + input.height + 60);
  expect(Math.min(told.x + told.width, input.x + input.width) - Math.max(told.x, input.x)).toBeGreaterThan(0);
  const problems = page.locator(".problem-list");
  await expect(problems.getByRole("link", { name: /events\[0\]\.updates\[0\]\.note/ })).toContainText("Note for readers is missing");
  await problems.getByRole("link", { name: /events\[0\]\.updates\[0\]\.date/ }).click();
  await expect(day).toBeFocused();
  await day.press("ControlOrMeta+a");
  await day.pressSequentially("2024-06-01");
  await expect(day).not.toHaveAttribute("aria-invalid");

  await note(0).getByLabel("Kind of note").selectOption({ label: "Correction" });
  await note(0).getByLabel("Note for readers", { exact: true }).pressSequentially("The meeting was on 30 May, not 29 May.");
  await notes.getByRole("button", { name: "Add a note for readers" }).click();
  await note(1).getByLabel("Note for readers", { exact: true }).pressSequentially("Added the official readout.");
  await expect(problems).not.toContainText("updates");

  // Its translation, as every other text's, beside its original.
  await page.getByLabel("Translating into").selectOption({ label: "العربية" });
  const translated = event.locator("fieldset.translation .translation-update").first();
  await expect(translated).toContainText("Correction of 2024-06-01");
  await translated.getByLabel("Note for readers in العربية").pressSequentially("كان الاجتماع في 30 أيار.");
  await page.getByLabel("Translating into").selectOption({ label: "Original only" });

  // Removed, and back by Undo; gone again by Redo.
  await note(0).getByRole("button", { name: "Remove note 1" }).click();
  await expect(notes.locator(".update")).toHaveCount(1);
  await expect(note(0).getByLabel("Note for readers", { exact: true })).toHaveValue("Added the official readout.");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(notes.locator(".update")).toHaveCount(2);
  await expect(note(0).getByLabel("Note for readers", { exact: true })).toHaveValue("The meeting was on 30 May, not 29 May.");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(notes.locator(".update")).toHaveCount(1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(notes.locator(".update")).toHaveCount(2);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const exported = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
  const [correction, update] = exported.events[0].updates;
  expect(correction).toMatchObject({ date: "2024-06-01", kind: "correction", note: "The meeting was on 30 May, not 29 May." });
  expect(correction.translations.ar.note).toBe("كان الاجتماع في 30 أيار.");
  expect(update).toMatchObject({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), kind: "update", note: "Added the official readout." });
});

/** Every control down the whole form smaller than a finger (44 × 44 px; a link 44 px tall), or whose
 * middle is covered; the top 60 px are the studio's bar. */
const studioControlsOutOfReach = (page: Page) =>
  controlsOutOfReach(page, {
    controls: ".studio button, .studio input, .studio select, .studio textarea, .studio a, .studio .file-picker span",
    below: 60,
    wide: { except: "a, .file-picker input" },
    tapReaches: true,
  });

for (const [width, lang] of [
  [375, "en"],
  [320, "ar"],
] as const) {
  test.describe(`on a phone, ${width} px, ${lang}`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

    test("every checkbox, button and field down the whole form is a finger's size, a tap reaches it, a choice shows whole", async ({
      page,
    }) => {
      await page.goto(`./studio/?lang=${lang}`);
      await page.locator(".studio-toolbar button").nth(1).click();
      const event = page.locator("#f-events-0-");
      // The controls that show only on demand: a note for readers, a translation.
      await event.locator(".updates > button").click();
      await event.locator(".updates .update").waitFor();
      await page.locator("#f-translating-into").selectOption("ar");
      await expect(event.locator("fieldset.translation")).toBeVisible();
      expect(await studioControlsOutOfReach(page)).toEqual([]);

      // "How it was translated" beside "Reviewed": the choice is read whole, not "By mac…".
      const method = page.locator("#f-languages-1-method");
      const [shown, room] = await method.evaluate((select: HTMLSelectElement) => {
        const probe = Object.assign(document.createElement("span"), { textContent: select.selectedOptions[0]!.text });
        probe.style.font = getComputedStyle(select).font;
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return [width, select.clientWidth];
      });
      expect(room).toBeGreaterThan(shown + 24);
    });
  });
}

/** Where a run of words is drawn on the page: its first line's box. */
const wordsAt = (page: Page, selector: string, words: string) =>
  page.evaluate(
    ([selector, words]) => {
      const root = document.querySelector(selector!)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words!.length);
        const { left, top, bottom } = range.getClientRects()[0]!;
        return { left, middle: (top + bottom) / 2 };
      }
      throw new Error(`${words} is not in ${selector}`);
    },
    [selector, words],
  );

test.describe("on a phone in Persian", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test("an English title in a Persian sentence keeps its order, and a problem its line", async ({ page }) => {
    await page.goto("./studio/?lang=fa");
    await page.getByRole("button", { name: "شروع از خط زمانی منتشرشده" }).click();

    const title = page.locator("#f-events-0-title");
    await title.click();
    await title.press("ControlOrMeta+a");
    await title.press("Backspace");
    await title.pressSequentially("2024 Doha");
    await page.getByRole("button", { name: "خروجی", exact: true }).click();
    // The note's label names the event as typed: "2024" before "Doha", not after it.
    const label = "[data-testid=change-notes] .change-note-text";
    const [year, doha] = [await wordsAt(page, label, "2024"), await wordsAt(page, label, "Doha")];
    expect(Math.abs(year.middle - doha.middle)).toBeLessThan(4);
    expect(year.left).toBeLessThan(doha.left);

    // A problem beside its link in the preview's list: on the link's line, not a line of its own.
    await title.click();
    await title.press("ControlOrMeta+a");
    await title.press("Backspace");
    await page.getByRole("button", { name: "پیش‌نمایش", exact: true }).click();
    const note = ".preview-note li";
    await expect(page.locator(note)).toContainText("عنوان");
    const [linkEnd, problem] = [await wordsAt(page, `${note} a`, "killed"), await wordsAt(page, `${note} > span`, "عنوان")];
    expect(Math.abs(linkEnd.middle - problem.middle)).toBeLessThan(4);
    const [id, killed] = [await wordsAt(page, `${note} a`, "2020"), linkEnd];
    expect(id.left).toBeLessThan(killed.left);
  });
});
