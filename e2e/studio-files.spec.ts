import type { Page } from "@playwright/test";
import { PARENT_ORIGIN } from "../playwright.config";
import { expect, test } from "./fixtures";

// Files a careless hand or an attacker gives the studio: each opens with its problems said, or is
// refused with a message; the studio never goes blank (the fixtures fail a test on any page error).
test.describe.configure({ timeout: 90_000 });

const items = (page: Page, name: string) => page.getByRole("region", { name, exact: true }).locator("fieldset.item");

async function openStudio(page: Page) {
  await page.goto("./studio/");
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
}

async function pick(page: Page, name: string, body: string | Buffer) {
  await page
    .getByLabel("Open a file")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
}

async function drop(page: Page, name: string, body: string) {
  const transfer = await page.evaluateHandle(
    ([text, file]) => {
      const data = new DataTransfer();
      data.items.add(new File([text!], file!, { type: "application/json" }));
      return data;
    },
    [body, name],
  );
  await page.locator(".studio").dispatchEvent("drop", { dataTransfer: transfer });
}

/** The studio is whole: its form and its controls are there and answer. */
async function expectWorking(page: Page) {
  await expect(page.getByRole("button", { name: "Add event" })).toBeVisible();
  await expect(page.getByLabel("Timeline title")).toBeEditable();
  await expect(page.locator(".part-failed")).toHaveCount(0);
}

const deep = `{"version":1,"title":"Deep","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
const wrongShapes: [string, string, RegExp][] = [
  ["no-categories.json", '{"version":1,"title":"x","sources":[],"events":[]}', /The timeline: it needs at least one category/],
  ["version-only.json", '{"version":1}', /The timeline: Title is missing/],
  ["sources-text.json", '{"version":1,"sources":"x","events":[]}', /sources: text where a list belongs/],
  ["null-event.json", '{"version":1,"title":"x","events":[null]}', /events\[0\]: null where an item belongs/],
  ["title-object.json", '{"version":1,"title":{"a":1},"events":[]}', /title: an object where text belongs/],
  ["title-number.json", '{"version":1,"title":42,"events":[]}', /title: a number where text belongs/],
  ["deep.json", deep, /x: nested too deep to keep/],
];

for (const [how, give] of [
  ["chosen", pick],
  ["dropped", drop],
] as const) {
  test(`files of the wrong shape, ${how}: each opens with what was changed said by its path, and the studio keeps working`, async ({
    page,
  }) => {
    await openStudio(page);
    for (const [name, body, said] of wrongShapes) {
      await give(page, name, body);
      // Said where a reporter reads it: the notes on opening, or the list of the draft's problems.
      await expect(page.locator(".open-notes, .problem-list").filter({ hasText: said }).first()).toBeVisible();
      await expectWorking(page);
    }
    await give(page, "list.json", "[]");
    await expect(page.getByRole("alert")).toContainText("list.json is not a timeline");
    await expectWorking(page);
    // What opened last is a draft like any other: typed into, kept.
    await page.getByLabel("Timeline title").pressSequentially("Mended");
    await page.reload();
    await expect(page.getByLabel("Timeline title")).toHaveValue(/Mended/);
  });
}

test("UTF-16, a picture named .json, a file past the limits and keys given twice: each said in plain words", async ({ page }) => {
  await openStudio(page);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"version":1,"title":"x"}', "utf16le")]);
  await pick(page, "utf16.json", utf16);
  await expect(page.getByRole("alert")).toContainText("utf16.json is UTF-16 text: save it as UTF-8");
  await pick(page, "photo.json", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await expect(page.getByRole("alert")).toContainText("it looks like a PNG image");
  const many = JSON.stringify({ version: 1, title: "Many", events: Array.from({ length: 20_001 }, (_, i) => ({ id: `e${i}` })) });
  await pick(page, "many.json", many);
  await expect(page.getByRole("alert")).toContainText("holds 20,001 events: the studio edits timelines of up to 20,000");
  // One text of a field past what the form and the preview draw without freezing the page.
  await pick(page, "long.json", JSON.stringify({ version: 1, title: "Long", description: "w".repeat(100_001), events: [] }));
  await expect(page.getByRole("alert")).toContainText(
    "long.json: description holds 100,001 characters: the studio edits texts of up to 100,000 characters a field",
  );
  await pick(page, "twice.json", '{"version":1,"title":"First","title":"Second","events":[{"id":"a","title":"One","title":"Two"}]}');
  await expect(page.getByRole("status").filter({ hasText: "Opened, with these changes" })).toContainText(
    "events[0].title: given twice in the file; the last value is kept.",
  );
  await expect(page.getByLabel("Timeline title")).toHaveValue("Second");
  await expect(items(page, "Events")).toHaveCount(1);
  await expectWorking(page);
});

test("another origin's page that frames the studio gets no draft, only the way to open it in its own tab", async ({ page, baseURL }) => {
  await openStudio(page);
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").pressSequentially("Secret draft");
  await expect(page.getByLabel("Drafts").locator("option", { hasText: "Secret draft" })).toHaveCount(1);

  const studio = new URL("studio/", baseURL).href;
  // A page of another origin on this machine whose body is an iframe of the studio.
  const framing = `<iframe src="${studio}" width="800" height="600" title="Framed studio"></iframe>`;
  await page.goto(`${PARENT_ORIGIN}/pasted.html?snippet=${encodeURIComponent(framing)}`);
  const framed = page.frameLocator("iframe");
  await expect(framed.getByRole("alert")).toContainText("does not run inside another page");
  await expect(framed.getByRole("link", { name: "Open the studio" })).toHaveAttribute("target", "_blank");
  await expect(framed.locator("body")).not.toContainText("Secret draft");
  await expect(framed.getByLabel("Timeline title")).toHaveCount(0);

  // The preview, on its own, draws nothing either: it runs only inside its studio.
  await page.goto("./studio/preview.html?data=draft");
  await expect(page.getByRole("alert")).toContainText("runs only inside the timeline studio");
});

test("a reload a moment after the last key keeps that key, even with the save still waiting", async ({ page, context }) => {
  await openStudio(page);
  await page.getByRole("button", { name: "New timeline" }).click();
  const title = page.getByLabel("Timeline title");
  await title.pressSequentially("Talks");
  await expect(page.getByLabel("Drafts").locator("option", { hasText: "Talks" })).toHaveCount(1);
  // Another page holds the studio's storage busy: the next save waits behind it, as a slow disk makes it wait.
  const other = await context.newPage();
  await other.goto("./");
  const holding = other.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open("timeline-studio");
        open.onsuccess = () => {
          const store = open.result.transaction("drafts", "readwrite").objectStore("drafts");
          const until = Date.now() + 4000;
          const keepBusy = () => (Date.now() < until ? (store.count().onsuccess = keepBusy) : (open.result.close(), resolve()));
          keepBusy();
        };
      }),
  );
  await title.pressSequentially(" open");
  await expect(title).toHaveValue("Talks open");
  await page.reload();
  await holding;
  await expect(page.getByLabel("Timeline title")).toHaveValue("Talks open");
});

test("a first visit and New timeline make no empty drafts: one is kept from its first change", async ({ page }) => {
  await openStudio(page);
  const drafts = page.getByLabel("Drafts");
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByRole("button", { name: "New timeline" }).click();
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Every change is kept in this browser." })).toBeVisible();
  // Nothing kept: the list holds only the draft on screen, not yet saved.
  await expect(drafts.locator("option")).toHaveCount(1);
  await page.getByLabel("Timeline title").pressSequentially("Kept");
  await page.reload();
  await expect(page.getByLabel("Timeline title")).toHaveValue("Kept");
  await expect(drafts.locator("option")).toHaveCount(1);
});

test("a file past the studio's size is refused before it is read, and a long title exports under a bounded name", async ({ page }) => {
  await openStudio(page);
  await pick(page, "huge.json", Buffer.alloc(20_000_001, " "));
  await expect(page.getByRole("alert")).toContainText("huge.json is 20.0 MB: the studio opens files up to 20.0 MB");
  await expectWorking(page);

  await page.getByRole("button", { name: "New timeline" }).click();
  await page.getByLabel("Timeline title").fill("x".repeat(300));
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export anyway, as a draft" }).click();
  const name = (await downloading).suggestedFilename();
  expect(name).toBe(`${"x".repeat(80)}.json`);
  // The Publish panel's address and build command name the same file.
  await expect(page.getByRole("textbox", { name: "npm run build" })).toHaveValue(
    new RegExp(`TIMELINE_DATA=data/${name.replace(".", "\\.")} `),
  );
});

test("a file is read, parsed and shaped in a worker, off the page's thread, and opens", async ({ page }) => {
  await openStudio(page);
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const file = {
    version: 1,
    title: "Read in a worker",
    categories: [{ id: "c", label: "C" }],
    sources: [{ id: "s", outlet: null, title: null, published: null, summary: "S" }],
    events: [{ id: "e", date: "2024-05-19", title: "An event", summary: "S", category: "c", sources: [{ source: "s" }] }],
  };
  await pick(page, "worker.json", JSON.stringify(file));
  await expect(items(page, "Events").first().getByLabel("Title", { exact: true })).toHaveValue("An event");
  expect(workers.filter((url) => /checkWorker/.test(url))).toHaveLength(1);
  // A refusal made in the worker is told as one made on the page.
  await pick(page, "list.json", "[]");
  await expect(page.getByRole("alert")).toContainText("list.json");
});
