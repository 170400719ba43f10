import { readFileSync } from "node:fs";
import { dataset, expect, serveFixture, test } from "./fixtures";

test.describe.configure({ timeout: 90_000 });

test("a published timeline opened, an event's date changed, a correction noted at export, and the explorer showing it", async ({
  page,
}) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const events = page.getByRole("region", { name: "Events", exact: true }).locator("fieldset.item");
  await expect(events).toHaveCount(dataset.events.length);
  const target = dataset.events[1]!;
  const date = events.nth(1).getByLabel("Date", { exact: true });
  await date.fill("2020-07-08");

  // Export asks, for the changed event only, for a note: offered, not forced.
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const asked = page.getByTestId("change-notes");
  await expect(asked.getByRole("heading")).toHaveText("1 event changed since the published version");
  await expect(asked.getByRole("listitem")).toHaveCount(1);
  await expect(asked.getByRole("listitem")).toHaveAttribute("data-event-id", target.id);
  await expect(asked.getByRole("listitem")).toContainText("date changed");
  await expect(asked.getByLabel("Kind")).toHaveValue("correction");
  await asked.getByLabel(/Note for readers/).fill("The agreement was signed on 8 July 2020; the month alone was given before.");
  const downloading = page.waitForEvent("download");
  await asked.getByRole("button", { name: "Export with these notes" }).click();
  const exported = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));

  const event = exported.events.find((e: { id: string }) => e.id === target.id);
  expect(event.date).toBe("2020-07-08");
  expect(event.updates).toEqual([
    {
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      kind: "correction",
      note: expect.stringContaining("8 July 2020"),
    },
  ]);
  expect(exported.updated).toBe(event.updates[0].date);
  expect(exported).not.toHaveProperty("publishedBaseline");
  // Unchanged events carry no note.
  expect(exported.events.filter((e: { updates?: unknown[] }) => e.updates?.length)).toHaveLength(1);

  // The next export starts from this one: nothing more to ask.
  const again = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await again;
  await expect(page.getByTestId("change-notes")).toHaveCount(0);

  await serveFixture(page, "corrected.json", exported);
  await page.goto(`./?data=fixtures/corrected.json#/event/${target.id}`);
  const detail = page.getByTestId("event-detail");
  await expect(detail.getByTestId("update-mark")).toHaveText(/^Corrected /);
  await expect(detail.getByTestId("update-notes")).toContainText("The agreement was signed on 8 July 2020");
  await expect(page.getByTestId("timeline-updated")).toHaveText(/^Last updated /);
  await page.getByRole("button", { name: "What's new" }).click();
  await expect(page.getByTestId("changes-view").getByRole("listitem")).toHaveCount(1);
});

test("a person replaced in an event is offered a note at export, and the timeline keeps when it was published", async ({ page }) => {
  await page.goto("./studio/");
  await page.getByRole("button", { name: "Start from the published timeline" }).click();
  const events = page.getByRole("region", { name: "Events", exact: true }).locator("fieldset.item");
  await expect(events).toHaveCount(dataset.events.length);
  const target = dataset.events[2]!;
  const actors = target.actors ?? [];
  const who = events.nth(2).getByLabel("Who (separated by commas)");
  await who.fill([...actors.slice(1), "Faisal Mekdad"].join(", "));
  await who.press("Tab");

  await page.getByRole("button", { name: "Export", exact: true }).click();
  const asked = page.getByTestId("change-notes");
  await expect(asked.getByRole("listitem")).toHaveCount(1);
  await expect(asked.getByRole("listitem")).toHaveAttribute("data-event-id", target.id);
  await expect(asked.getByRole("listitem")).toContainText("people or other spellings changed");
  await asked.getByLabel("Kind").selectOption("correction");
  await asked.getByLabel(/Note for readers/).fill(`${actors[0]} was not there; Faisal Mekdad was.`);
  const downloading = page.waitForEvent("download");
  await asked.getByRole("button", { name: "Export with these notes" }).click();
  const exported = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));

  const event = exported.events.find((e: { id: string }) => e.id === target.id);
  expect(event.actors).toContain("Faisal Mekdad");
  expect(event.updates.at(-1)).toMatchObject({ kind: "correction", note: expect.stringContaining("Faisal Mekdad was") });
  // The events it held were published by its `updated` before this export; the feeds keep dating them so.
  expect(exported.published).toBe(dataset.updated);
  expect(exported.updated).not.toBe(dataset.updated);
});
