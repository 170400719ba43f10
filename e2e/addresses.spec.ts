import type { Page } from "@playwright/test";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { datasetCopy, eventDetail, expect, serveFixture, test, timelineLive } from "./fixtures";

/** Media addresses a pattern check let through: the URL parser strips leading control characters
 * and drops tabs and newlines, and reads a backslash as a slash. */
const HOSTILE_MEDIA = [
  "\u0001data:text/html,<h1>x</h1>",
  "da\nta:text/html,<h1>x</h1>",
  "java\tscript:alert(1)",
  "/\\evil.invalid/x.png",
  "/\t/evil.invalid/page",
  "\u0001data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>#.png",
  "//evil.invalid/y.png",
  "https://user:secret@evil.invalid/z.png",
];

/** Every link and image in the event's detail: where it points, resolved as the browser resolves it. */
const addressesIn = (page: Page) =>
  eventDetail(page).evaluate((detail) => [
    ...[...detail.querySelectorAll("a[href]")].map((a) => ({
      kind: "link",
      href: (a as HTMLAnchorElement).href,
      blank: (a as HTMLAnchorElement).target === "_blank",
    })),
    ...[...detail.querySelectorAll("img")].map((img) => ({ kind: "image", href: img.src, blank: false })),
  ]);

test("media addresses from the data are judged by the URL parser: nothing but http(s) is linked, nothing off the site is shown", async ({
  page,
  baseURL,
}) => {
  const data = datasetCopy();
  const events = data.events.slice(0, HOSTILE_MEDIA.length);
  events.forEach((event, i) => Object.assign(event, { media: { url: HOSTILE_MEDIA[i], caption: null, credit: null, alt: "the media" } }));
  await serveFixture(page, "media.json", data);
  const origin = new URL(baseURL!).origin;
  for (const [i, event] of events.entries()) {
    await page.goto(`./?data=fixtures/media.json#/event/${event.id}`);
    await expect(eventDetail(page)).toHaveAttribute("data-event-id", event.id);
    for (const { kind, href, blank } of await addressesIn(page)) {
      const url = new URL(href);
      expect(["http:", "https:"], `${kind} ${href} for ${JSON.stringify(HOSTILE_MEDIA[i])}`).toContain(url.protocol);
      expect(url.username + url.password, href).toBe("");
      // Only a link that opens apart (another site's, said so) may leave the origin; an image never.
      if (kind === "image" || !blank) expect(url.origin, `${kind} ${href}`).toBe(origin);
    }
  }
});

test("a page address beginning with //host is still this site: its data is fetched here, and no other site is named", async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const origin = new URL(baseURL!).origin;
  // A host with a fallback page serves the site's own files under any folder: so does this one
  // (under `/evil.invalid/` too, the folder the app takes the page to be in).
  const inFolder = (url: URL) => /^\/{1,2}evil\.invalid\/./.exec(url.pathname) !== null;
  await page.route(
    (url) => url.origin === origin && inFolder(url),
    (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/{1,2}evil\.invalid\//, "");
      const file = fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
      return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
    },
  );
  // Written out whole: a relative "//evil.invalid/" would be the other site itself.
  const response = await page.goto(`${origin}//evil.invalid/`);
  // The app runs there (its timeline goes live), and reads its dataset from this site.
  await timelineLive(page);
  expect(requests.filter((url) => url.startsWith(origin) && url.endsWith("/data/timeline.json"))).toHaveLength(1);
  expect(response?.status()).toBeLessThan(500);
  await expect(page.locator("#root")).not.toBeEmpty();
  expect(requests.filter((url) => new URL(url).hostname === "evil.invalid")).toEqual([]);
  await expect(page.locator("body")).not.toContainText("evil.invalid)");
});
