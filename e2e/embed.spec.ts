import type { Page } from "@playwright/test";
import { PARENT_ORIGIN, SITE_ORIGIN } from "../playwright.config";
import { generateDataset } from "../test-support/generateDataset.mjs";
import { byDate, dataset, expect, postFromHost, selectFromHost, serveFixture, test } from "./fixtures";

const EXPLORER = `${SITE_ORIGIN}/`;
const PARENT = `${PARENT_ORIGIN}/`;
const SANDBOX = "allow-scripts allow-same-origin allow-popups";

interface Received {
  origin: string;
  data: { type?: string; height?: number; id?: string; sentinel?: string };
}

async function openParent(
  page: Page,
  {
    hash = "",
    data,
    sandbox,
    width,
    fixed,
    below,
  }: { hash?: string; data?: string; sandbox?: string; width?: number; fixed?: boolean; below?: number } = {},
) {
  const query = data ? `?embed=1&data=${encodeURIComponent(data)}` : "?embed=1";
  const params = new URLSearchParams({ src: `${EXPLORER}${query}${hash}` });
  if (sandbox) params.set("sandbox", sandbox);
  if (width) params.set("width", String(width));
  if (fixed) params.set("fixed", "1");
  if (below) params.set("below", String(below));
  await page.goto(`${PARENT}?${params}`);
  const frame = page.frameLocator("#explorer");
  await expect(frame.getByTestId("timeline")).toBeAttached();
  return frame;
}

/** The explorer's frame inside the parent page (the parent's own URL mentions it too, so match the start). */
const explorerFrame = (page: Page) => page.frame({ url: (u) => u.href.startsWith(EXPLORER) })!;

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);

for (const sandbox of [undefined, SANDBOX]) {
  test(`renders in a cross-origin parent${sandbox ? " with a sandbox" : ""} and grows the iframe to fit`, async ({ page }) => {
    const frame = await openParent(page, { sandbox });
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(dataset.title);
    await expect(frame.getByRole("link", { name: /Open the full explorer/ })).toHaveAttribute("target", "_blank");
    await expect(frame.getByRole("button", { name: "Embed" })).toHaveCount(0);

    await expect.poll(async () => (await received(page)).filter((m) => m.data.type === "timeline:height").length).toBeGreaterThan(0);
    const messages = await received(page);
    expect(messages.every((m) => m.origin === new URL(EXPLORER).origin)).toBe(true);
    const amp = messages.find((m) => m.data.sentinel === "amp");
    expect(amp?.data).toMatchObject({ type: "embed-size" });

    // The parent sized the iframe to the content: no scrollbar inside it.
    const iframe = page.locator("#explorer");
    await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(300);
    const inner = explorerFrame(page);
    await expect.poll(() => inner.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);

    // Selecting an event grows the content; a new height follows.
    const heightsBefore = (await received(page)).filter((m) => m.data.type === "timeline:height").length;
    await frame.getByTestId("timeline").locator(`[data-event-id="${byDate[5]!.id}"]`).click();
    await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", byDate[5]!.id);
    await expect
      .poll(async () => (await received(page)).filter((m) => m.data.type === "timeline:height").length)
      .toBeGreaterThan(heightsBefore);
    await expect.poll(() => inner.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
  });
}

test("selection messages flow both ways, and malformed ones are ignored", async ({ page }) => {
  const frame = await openParent(page);
  const target = byDate[2]!;
  await frame.getByTestId("timeline").locator(`[data-event-id="${target.id}"]`).click();
  await expect
    .poll(async () => (await received(page)).filter((m) => m.data.type === "timeline:select").map((m) => m.data.id))
    .toEqual([target.id]);

  const requested = byDate[6]!;
  for (const junk of [
    null,
    "timeline:select",
    { type: "timeline:select" },
    { type: "timeline:select", id: 5 },
    { type: "timeline:select", id: "no-such-event" },
  ]) {
    await postFromHost(page, junk);
  }
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", target.id);
  await selectFromHost(page, requested.id);
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", requested.id);
});

test("a selection the host asks for leaves the reader's focus on the host page", async ({ page }) => {
  const frame = await openParent(page);
  const field = await page.evaluateHandle(() => document.body.appendChild(document.createElement("input")));
  await field.focus();
  for (const event of [byDate[3]!, byDate[4]!]) {
    await selectFromHost(page, event.id);
    await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", event.id);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
  }
});

test("a flood of select messages from the host is coalesced to the latest, and answered once, not per message", async ({ page }) => {
  const frame = await openParent(page);
  await expect(frame.getByTestId("event-detail").or(frame.locator(".intro"))).toBeVisible();
  const last = byDate.at(-1)!;
  await page.evaluate(
    ({ ids, last }) => {
      const { selectInEmbed } = window as unknown as { selectInEmbed: (m: unknown) => void };
      for (let i = 0; i < 10_000; i++) selectInEmbed({ type: "timeline:select", id: ids[i % ids.length] });
      selectInEmbed({ type: "timeline:select", id: last });
    },
    { ids: byDate.slice(0, -1).map((e) => e.id), last: last.id },
  );
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", last.id);
  const answers = (await received(page)).filter((m) => m.data.type === "timeline:select");
  expect(answers.at(-1)?.data.id).toBe(last.id);
  // One answer per selection made, and selections were gathered: far fewer than the messages.
  expect(answers.length).toBeLessThan(100);
});

test("a deep link inside the embed selects its event", async ({ page }) => {
  const event = byDate[4]!;
  const frame = await openParent(page, { hash: `#/event/${event.id}`, sandbox: SANDBOX });
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", event.id);
  await expect(frame.locator(`[data-testid="source-panel"]`)).toHaveCount(event.sources.length);
  const full = frame.getByRole("link", { name: /Open the full explorer/ });
  await expect.poll(() => full.evaluate((link: HTMLAnchorElement) => link.href)).toBe(`${EXPLORER}event/${event.id}/`);
});

test("the embed adds at most one history entry per selection, none for the parent's", async ({ page }) => {
  const frame = await openParent(page);
  const length = () => page.evaluate(() => history.length);
  const before = await length();
  await frame.getByTestId("timeline").locator(`[data-event-id="${byDate[0]!.id}"]`).click();
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", byDate[0]!.id);
  await frame.getByTestId("timeline").locator(`[data-event-id="${byDate[0]!.id}"]`).click();
  await frame.getByTestId("timeline").locator(`[data-event-id="${byDate[1]!.id}"]`).click();
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", byDate[1]!.id);
  expect(await length()).toBe(before + 2);
  await selectFromHost(page, byDate[3]!.id);
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", byDate[3]!.id);
  expect(await length()).toBe(before + 2);
});

for (const width of [320, 480, 768, 1200]) {
  test(`no horizontal scroll at ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width: Math.max(width, 400), height: 800 });
    const frame = await openParent(page, { width, hash: `#/event/${byDate[5]!.id}`, fixed: true });
    await expect(frame.getByTestId("event-detail")).toBeVisible();
    const inner = explorerFrame(page);
    expect(await inner.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test("the Embed control shows a ready iframe snippet for the current event", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const event = byDate[5]!;
  await page.goto(`./#/event/${event.id}`);
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this timeline" });
  await expect(dialog).toBeVisible();
  const snippet = await dialog.getByLabel("Embed code").inputValue();
  expect(snippet).toContain(`<iframe src="${EXPLORER}event/${event.id}/?embed=1"`);
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toMatch(/title="[^"]+"/);
  expect(snippet).toContain("timeline:height");
  await dialog.getByRole("button", { name: "Copy code" }).click();
  await expect(dialog).toContainText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("the snippet works when pasted into a page on another origin", async ({ page }) => {
  const event = byDate[1]!;
  await page.goto(`./#/event/${event.id}`);
  await page.getByRole("button", { name: "Embed" }).click();
  // The dialog is in the prerendered page too, empty: read it once it has opened.
  await expect(page.getByRole("dialog", { name: "Embed this timeline" })).toBeVisible();
  const snippet = await page.getByLabel("Embed code").inputValue();
  // A page on the second origin whose body is exactly the snippet.
  await page.goto(`${PARENT}pasted.html?${new URLSearchParams({ snippet })}`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", event.id);
  await expect.poll(async () => (await page.locator("iframe").boundingBox())!.height).not.toBe(640);
});

const meeting = dataset.events.find((e) => e.id === "2024-05-30-assad-visits-tehran")!;
const heights = async (page: Page) => (await received(page)).filter((m) => m.data.type === "timeline:height").map((m) => m.data.height!);

/** The height the embed settles on: the last the host was told is the embed's own, and stays so
 * from one look to the next. */
async function settledHeight(page: Page): Promise<number> {
  const inner = explorerFrame(page);
  let previous = -1;
  await expect
    .poll(async () => {
      const now = await inner.evaluate(() => Math.ceil(document.getElementById("root")!.getBoundingClientRect().height));
      const told = (await heights(page)).at(-1);
      const settled = told === now && now === previous;
      previous = now;
      return settled;
    })
    .toBe(true);
  return (await heights(page)).at(-1)!;
}

/** Two frames drawn in the embed: whatever a selection does after it is shown (its effects, a
 * focus, a scroll) has been done. */
const afterTwoFrames = (page: Page) =>
  explorerFrame(page).evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

for (const { width, most } of [
  { width: 320, most: 1600 },
  { width: 600, most: 1100 },
]) {
  test(`compact at ${width} px: the four-source event, sources folded to a line each, in at most ${most} px`, async ({ page }) => {
    const frame = await openParent(page, { hash: `#/event/${meeting.id}`, width });
    await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", meeting.id);
    const folds = frame.locator("details.source-fold");
    await expect(folds).toHaveCount(meeting.sources.length);
    for (const fold of await folds.all()) {
      expect(await fold.getAttribute("open")).toBeNull();
      expect((await fold.locator(":scope > summary").boundingBox())!.height).toBeLessThan(48);
    }
    // The other controls wait behind the one Menu; items carry their dates.
    await expect(frame.getByRole("button", { name: "List" })).toBeHidden();
    await expect(frame.getByRole("button", { name: "Menu" })).toBeVisible();
    await expect(frame.getByTestId("timeline").locator(".vis-item .timeline-item-date").first()).toBeVisible();
    await expect.poll(async () => (await heights(page)).at(-1)).toBeLessThanOrEqual(most);
    // A folded source opens to its panel.
    await folds.first().locator(":scope > summary").click();
    await expect(folds.first().getByTestId("source-panel")).toBeVisible();
  });
}

test("loaded below the fold, the embed tells the host its real height from the first message, and never scrolls the host", async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 700 });
  await openParent(page, { hash: `#/event/${meeting.id}`, width: 600, below: 3000 });
  await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
  const [first] = await heights(page);
  expect(first, "not the loading screen's height").toBeGreaterThan(600);
  // The reader scrolls down to it: it draws, and the host barely moves.
  await page.locator("#explorer").scrollIntoViewIfNeeded();
  const frame = page.frameLocator("#explorer");
  await expect(frame.getByTestId("timeline").locator(".vis-timeline")).toBeVisible();
  const settled = await settledHeight(page);
  expect(Math.abs(settled - first!) / first!, `first ${first}, then ${settled}`).toBeLessThanOrEqual(0.2);
  // Selecting events inside it, by click or by key, never scrolls the host page.
  for (const event of [byDate[4]!, byDate[6]!]) {
    const item = frame.getByTestId("timeline").locator(`[data-event-id="${event.id}"]`);
    await item.scrollIntoViewIfNeeded(); // the test's own scroll, before the click
    const before = await page.evaluate(() => scrollY);
    await item.click();
    await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", event.id);
    await afterTwoFrames(page);
    expect(await page.evaluate(() => scrollY)).toBe(before);
  }
  await frame.getByTestId("timeline").focus();
  const before = await page.evaluate(() => scrollY);
  await page.keyboard.press("ArrowLeft");
  await expect(frame.getByTestId("event-detail")).toHaveAttribute("data-event-id", byDate[5]!.id);
  await afterTwoFrames(page);
  expect(await page.evaluate(() => scrollY)).toBe(before);
});

for (const { name, data, width } of [
  { name: "the bundled timeline", data: undefined, width: 320 },
  { name: "a 30-event ?data= file", data: "fixtures/thirty.json", width: 375 },
]) {
  test(`below the fold, ${name} at ${width} px posts a first height within a fifth of the height it settles on`, async ({ page }) => {
    await serveFixture(page, "thirty.json", generateDataset(30, 5));
    await page.setViewportSize({ width: 600, height: 700 });
    await openParent(page, { data, width, below: 3000 });
    await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
    const [first] = await heights(page);
    await page.locator("#explorer").scrollIntoViewIfNeeded();
    await expect(page.frameLocator("#explorer").getByTestId("timeline").locator(".vis-timeline")).toBeVisible();
    const settled = await settledHeight(page);
    expect(Math.abs(settled - first!) / settled, `first ${first}, then ${settled}`).toBeLessThanOrEqual(0.2);
  });
}
