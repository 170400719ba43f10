import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.describe.configure({ timeout: 90_000 });

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const items = (page: Page, name: string) => section(page, name).locator("fieldset.item");
const removedNote = (source: Locator) => source.getByRole("status").filter({ hasText: "Quote removed" });
const kept = (page: Page) => expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();

async function newTimeline(page: Page) {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").fill("Talks in Damascus");
}

test("a quote is removed, and with it its citations, saying so", async ({ page }) => {
  await newTimeline(page);
  await page.getByRole("button", { name: "Add source" }).click();
  const source = items(page, "Sources").first();
  await source.getByLabel("Outlet", { exact: true }).fill("Al-Example News");
  for (const [speaker, words] of [
    ["The foreign minister", "Our alliance is strategic."],
    ["The trade minister", "Talks on energy continue."],
  ]) {
    await source.getByRole("button", { name: "Add quote" }).click();
    const added = source.locator(".quote").last();
    await added.getByLabel("Speaker").fill(speaker!);
    await added.getByLabel("Quote", { exact: true }).fill(words!);
  }
  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").first();
  await event.getByLabel("Title", { exact: true }).fill("Ministers meet");
  await event.getByRole("checkbox", { name: "Al-Example News" }).check();
  const strategic = event.getByRole("checkbox", { name: /Our alliance is strategic/ });
  await strategic.check();
  await event.getByRole("checkbox", { name: /Talks on energy continue/ }).check();

  await source.locator(".quote").first().getByRole("button", { name: "Remove quote" }).click();
  await expect(source.locator(".quote")).toHaveCount(1);
  await expect(source.getByLabel("Quote", { exact: true })).toHaveValue("Talks on energy continue.");
  await expect(removedNote(source)).toHaveText("Quote removed, and from the events and periods that cited it. Undo brings both back.");
  // The event no longer offers or cites it, and the draft has no citation of a missing quote.
  await expect(strategic).toHaveCount(0);
  await expect(event.getByRole("checkbox", { name: /Talks on energy continue/ })).toBeChecked();
  await kept(page);
  await page.reload();
  await expect(items(page, "Sources").first().locator(".quote")).toHaveCount(1);
  await expect(
    items(page, "Events")
      .first()
      .getByRole("checkbox", { name: /Our alliance is strategic/ }),
  ).toHaveCount(0);
});

test("undo brings a removed quote back where it was, cited again", async ({ page }) => {
  await newTimeline(page);
  await page.getByRole("button", { name: "Add source" }).click();
  const source = items(page, "Sources").first();
  await source.getByLabel("Outlet", { exact: true }).fill("Al-Example News");
  await source.getByRole("button", { name: "Add quote" }).click();
  await source.getByLabel("Speaker").fill("The foreign minister");
  await source.getByLabel("Quote", { exact: true }).fill("Our alliance is strategic.");
  await page.getByRole("button", { name: "Add event" }).click();
  const event = items(page, "Events").first();
  await event.getByRole("checkbox", { name: "Al-Example News" }).check();
  await event.getByRole("checkbox", { name: /Our alliance is strategic/ }).check();

  await source.getByRole("button", { name: "Remove quote" }).click();
  await expect(source.locator(".quote")).toHaveCount(0);
  await expect(removedNote(source)).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(source.getByLabel("Quote", { exact: true })).toHaveValue("Our alliance is strategic.");
  await expect(event.getByRole("checkbox", { name: /Our alliance is strategic/ })).toBeChecked();
  await expect(removedNote(source)).toHaveCount(0);
});

/** Where a source's shortened name puts its "…": after the summary's last letter, in the summary's
 * own direction (right of it in English, left of it in Arabic), whatever the interface's. */
async function ellipsisSide(name: Locator) {
  return name.evaluate((element) => {
    const node = element.firstChild as Text;
    const text = node.data;
    const at = text.lastIndexOf("…");
    let letter = at - 1;
    while (/[\s\u2066-\u2069]/u.test(text[letter]!)) letter--;
    const box = (from: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + 1);
      return range.getBoundingClientRect();
    };
    const [ellipsis, last] = [box(at), box(letter)];
    return ellipsis.left >= last.right - 1 ? "right" : ellipsis.right <= last.left + 1 ? "left" : "over";
  });
}

for (const { interfaceLanguage, summary, side } of [
  {
    interfaceLanguage: "العربية",
    summary: "A report of the foreign minister's visit to Damascus that sets out the talks on trade",
    side: "right",
  },
  { interfaceLanguage: "English", summary: "تقرير عن زيارة وزير الخارجية إلى دمشق يعرض المحادثات بشأن التجارة والطاقة", side: "left" },
] as const)
  test(`a shortened source name ends in "…" on its own side, in the ${interfaceLanguage} interface`, async ({ page }) => {
    await newTimeline(page);
    await page.getByRole("button", { name: "Add source" }).click();
    await items(page, "Sources").first().getByLabel("What the article reports").fill(summary);
    await page.getByRole("button", { name: "Add event" }).click();
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: interfaceLanguage }).click();
    const name = items(page, interfaceLanguage === "English" ? "Events" : "الأحداث")
      .first()
      .locator(".citation label span[dir='auto']")
      .first();
    await expect(name).toContainText("…");
    expect(await ellipsisSide(name)).toBe(side);
  });
