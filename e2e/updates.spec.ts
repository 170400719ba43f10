import type { Page } from "@playwright/test";
import { byDate, datasetCopy, eventDetail, expect, serveFixture, test, timelineItem, timelineLive } from "./fixtures";

// A timeline published, then changed in the open: one event corrected after an update, one clarified.
const CORRECTED = "2024-05-30-assad-visits-tehran";
const CLARIFIED = "2021-08-raisi-takes-office";
const LATEST = byDate.at(-1)!.id;

function withUpdates(more: Record<string, unknown> = {}) {
  const data = datasetCopy();
  const event = (id: string) => data.events.find((e) => e.id === id)! as unknown as Record<string, unknown>;
  event(CORRECTED).updates = [
    { date: "2024-06-01", kind: "update", note: "Added the official readout as a source." },
    { date: "2024-06-03T10:00:00Z", kind: "correction", note: "The meeting was on 30 May, not 29 May." },
  ];
  event(CLARIFIED).updates = [{ date: "2024-06-02", kind: "clarification", note: "Raisi took office on 3 August." }];
  return { ...data, updated: "2024-06-03T10:00:00Z", ...more };
}

/** What each interface language says, for the marks and the view's button. */
const SAYS = {
  en: {
    corrected: "Corrected 3 June 2024",
    clarified: /^Clarified/,
    whatsNew: "What's new",
    kinds: ["Correction", "Update"],
    updated: /Last updated/,
  },
  ar: { corrected: /^صُحِّح في/, clarified: /^وُضِّح في/, whatsNew: "ما الجديد", kinds: ["تصحيح", "تحديث"], updated: /آخر تحديث/ },
  fa: {
    corrected: /^اصلاح‌شده در/,
    clarified: /^توضیح‌افزوده در/,
    whatsNew: "تازه‌ها",
    kinds: ["اصلاحیه", "به‌روزرسانی"],
    updated: /آخرین به‌روزرسانی/,
  },
} as const;

/** On a phone the header's controls fold behind Menu. */
async function openControls(page: Page) {
  const menu = page.locator(".menu-toggle");
  if (await menu.isVisible()) await menu.click();
}

for (const width of [1280, 375]) {
  for (const lang of ["en", "ar", "fa"] as const) {
    test(`marks, notes and What's new at ${width}px in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await serveFixture(page, "updates.json", withUpdates());
      const says = SAYS[lang];
      await page.goto(`./?data=fixtures/updates.json&lang=${lang}#/event/${CORRECTED}`);
      await expect(page.getByTestId("timeline-updated")).toHaveText(says.updated);

      // Beside the date, in the detail and on the timeline; the notes at the foot, newest first.
      await expect(eventDetail(page).getByTestId("update-mark")).toHaveText(says.corrected);
      const notes = eventDetail(page).getByTestId("update-notes").getByRole("listitem");
      await expect(notes).toHaveCount(2);
      await expect(notes.nth(0)).toContainText(says.kinds[0]);
      await expect(notes.nth(0)).toContainText("The meeting was on 30 May, not 29 May.");
      await expect(notes.nth(1)).toContainText(says.kinds[1]);
      await timelineLive(page);
      await expect(timelineItem(page, CORRECTED).locator(".timeline-item-mark")).toHaveText(says.corrected);
      await expect(timelineItem(page, LATEST).locator(".timeline-item-mark")).toHaveCount(0);

      // What's new: every change, newest first, each a link to its event.
      await openControls(page);
      await page.getByRole("button", { name: says.whatsNew }).click();
      await expect(page).toHaveURL(/#\/changes$/);
      const entries = page.getByTestId("changes-view").getByRole("listitem");
      await expect(entries).toHaveCount(3);
      await expect(entries.nth(0)).toHaveAttribute("data-kind", "correction");
      await expect(entries.nth(1)).toHaveAttribute("data-kind", "clarification");
      await expect(entries.nth(2)).toHaveAttribute("data-kind", "update");
      await entries.nth(1).getByRole("link").click();
      await expect(eventDetail(page)).toHaveAttribute("data-event-id", CLARIFIED);
      await expect(eventDetail(page).getByTestId("update-mark")).toHaveText(says.clarified);
      await expect(page.getByTestId("changes-view")).toHaveCount(0);
    });
  }
}

test("#/changes opens on What's new; a timeline without changes says so", async ({ page }) => {
  await page.goto("./#/changes");
  await expect(page.getByTestId("changes-view")).toContainText("Nothing has been updated or corrected");
  await expect(page.getByRole("button", { name: "What's new" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "List" }).click();
  await expect(page.getByTestId("changes-view")).toHaveCount(0);
  await expect(page).not.toHaveURL(/#\/changes/);
});

test.describe("opening on the latest", () => {
  for (const [name, address, data] of [
    ["?opening=latest", "./?data=fixtures/updates.json&opening=latest", withUpdates()],
    ['the dataset\'s "opening": "latest"', "./?data=fixtures/updates.json", withUpdates({ opening: "latest" })],
  ] as const) {
    test(`${name} opens with the latest event selected and in view`, async ({ page }) => {
      await serveFixture(page, "updates.json", data);
      await page.goto(address);
      await expect(eventDetail(page)).toHaveAttribute("data-event-id", LATEST);
      await expect(timelineItem(page, LATEST)).toBeInViewport();
      await timelineLive(page);
      await expect(timelineItem(page, LATEST)).toBeInViewport();
      await expect(timelineItem(page, LATEST)).toHaveClass(/vis-selected/);
      // The reader's own choice then holds.
      await page.getByRole("button", { name: "List" }).click();
      await page.locator(`[data-list-event-id="${byDate[0]!.id}"]`).click();
      await expect(eventDetail(page)).toHaveAttribute("data-event-id", byDate[0]!.id);
    });
  }

  test("?opening=whole overrides the dataset's latest", async ({ page }) => {
    await serveFixture(page, "updates.json", withUpdates({ opening: "latest" }));
    await page.goto("./?data=fixtures/updates.json&opening=whole");
    await expect(page.getByRole("heading", { name: "Select an event" })).toBeVisible();
    await expect(eventDetail(page)).toHaveCount(0);
  });

  test("the embed opens on the latest too", async ({ page }) => {
    await serveFixture(page, "updates.json", withUpdates());
    await page.goto("./?data=fixtures/updates.json&opening=latest&embed=1");
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", LATEST);
    await expect(timelineItem(page, LATEST)).toBeInViewport();
  });
});

test.describe("opening on the latest, on a phone's first paint", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [name, address, data] of [
    ["?opening=latest", "./?data=fixtures/updates.json&opening=latest", withUpdates()],
    ['"opening": "latest"', "./?data=fixtures/updates.json", withUpdates({ opening: "latest" })],
  ] as const) {
    test(`${name}: the first paint, drawn before the app, is on the latest event`, async ({ page }) => {
      const fetched: string[] = [];
      page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
      await serveFixture(page, "updates.json", data);
      await page.goto(address);
      await expect(eventDetail(page)).toHaveAttribute("data-event-id", LATEST);
      const box = page.getByTestId("timeline-preview").locator(`a[data-event-id="${LATEST}"]`);
      await expect(box).toBeInViewport();
      await expect(box).toHaveAttribute("aria-current", "true");
      await page.waitForLoadState("networkidle");
      expect(
        fetched.filter((path) => /\/assets\/start-/.test(path)),
        "no app before the reader reaches for it",
      ).toEqual([]);
      // The app, once woken, keeps it.
      await page.getByRole("button", { name: "Menu" }).tap();
      await expect.poll(() => fetched.filter((path) => /\/assets\/start-/.test(path)).length).toBe(1);
      await expect(eventDetail(page)).toHaveAttribute("data-event-id", LATEST);
      await expect(eventDetail(page).getByRole("button", { name: "Copy link" })).toBeVisible();
    });
  }
});
