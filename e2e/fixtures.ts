import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { PARENT_ORIGIN } from "../playwright.config";
import { byDate as inDateOrder } from "../test-support/eventOrder";
import type { RawDataset } from "../test-support/rawDataset";

export type { RawDataset, RawEvent } from "../test-support/rawDataset";

export const datasetText = readFileSync(new URL("../data/timeline.json", import.meta.url), "utf8");
export const dataset = JSON.parse(datasetText) as RawDataset;
export const byDate = inDateOrder(dataset.events);

/** How the page names a source: its outlet, whom it cites, both, or that its outlet is not stated. */
export function sourceName(source: RawDataset["sources"][number]): string {
  const { outlet, citing } = source;
  return outlet && citing ? `${outlet}, citing ${citing}` : (outlet ?? (citing ? `Citing ${citing}` : "Outlet not stated"));
}

/** A fresh copy of the bundled dataset to break in a test. */
export function datasetCopy(): RawDataset & Record<string, unknown> {
  return JSON.parse(datasetText);
}

/** Serves `body` at `/fixtures/<name>` on the site's own origin, so `?data=fixtures/<name>` loads it. */
export async function serveFixture(page: Page, name: string, body: string | object, status = 200) {
  await page.route(`**/fixtures/${name}`, (route) =>
    route.fulfill({ status, contentType: "application/json", body: typeof body === "string" ? body : JSON.stringify(body) }),
  );
}

/** Waits until vis-timeline has taken over from the static preview: panning and typing need the live app. */
export const timelineLive = (page: Page, timeout?: number) =>
  expect(page.getByTestId("timeline").locator(".vis-timeline")).toBeVisible({ timeout });

export const timelineItem = (page: Page, id: string) => page.getByTestId("timeline").locator(`[data-event-id="${id}"]`);
/** An event's box in the first paint, before the app has woken: the page holds a plan for each
 * width (each marks its boxes with `data-event-id` where script is off), and this is the one on screen. */
export const firstPaintItem = (page: Page, id: string) =>
  page.getByTestId("timeline").locator(`a[href$="event/${id}/"]`).filter({ visible: true });
export const eventDetail = (page: Page) => page.getByTestId("event-detail");
/** What the host page (e2e/parent/) posts to the explorer in its frame: a message, or a select request for `id`. */
export const postFromHost = (page: Page, message: unknown) =>
  page.evaluate((m) => (window as unknown as { selectInEmbed: (m: unknown) => void }).selectInEmbed(m), message);
export const selectFromHost = (page: Page, id: string) => postFromHost(page, { type: "timeline:select", id });

/** Every test fails on an uncaught page error, a dialog, a Content-Security-Policy
 * violation or a request leaving the origin: nothing may throw, pop up or phone out. */
export const test = base.extend<{ pageErrors: string[]; offOrigin: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("dialog", (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.exposeBinding("__reportCspViolation", (_source, text: string) => errors.push(`CSP: ${text}`));
      await page.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (e) =>
          (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        ),
      );
      await use(errors);
      expect(errors, "uncaught errors, dialogs or CSP violations on the page").toEqual([]);
    },
    { auto: true },
  ],
  offOrigin: [
    async ({ page, baseURL }, use) => {
      // The site, and the second origin that plays the page embedding it.
      const origins = [new URL(baseURL!).origin, PARENT_ORIGIN];
      const requests: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (!origins.some((o) => url.startsWith(`${o}/`)) && !url.startsWith("data:") && !url.startsWith("blob:")) requests.push(url);
      });
      await use(requests);
      expect(requests, "requests that left the origin").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core over the page as it is: no serious or critical violations of WCAG 2.1 A/AA or best practice. */
export async function expectNoSeriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `axe: serious or critical violations ${what}`).toEqual([]);
}

/** Holds vis-timeline's chunk back until the returned function is called: the page shows the
 * first paint meanwhile, as it does on a slow connection. */
export async function holdTimelineChunk(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/TimelineView-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Where a finger cannot take a control: `controls` matched down the whole page, scrolled through (only
 * what is near the screen may be drawn), and each one on screen under 44 px tall, or (with `wide`)
 * under 44 px wide too; with `tapReaches`, one whose middle a tap does not reach. `skip` names what
 * holds controls that are not the reader's to tap (the timeline's boxes are its events); `below` is how
 * many pixels of the screen's top a fixed bar covers. Each found control is named by its tag and words. */
export async function controlsOutOfReach(
  page: Page,
  options: { controls: string; skip?: string; below?: number; wide?: { except: string }; tapReaches?: boolean },
): Promise<string[]> {
  return page.evaluate(async ({ controls: selector, skip, below = 0, wide, tapReaches }) => {
    const found = new Set<string>();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
      for (const control of document.querySelectorAll<HTMLElement>(selector)) {
        if (skip && control.closest(skip)) continue;
        const box = control.getBoundingClientRect();
        if (!control.getClientRects().length || box.bottom < below || box.top > window.innerHeight) continue;
        const words = control.closest("label")?.textContent ?? control.getAttribute("aria-label") ?? control.textContent ?? "";
        const name = `${control.outerHTML.slice(0, 70)} (${words.trim().slice(0, 40)})`;
        const tall = box.height >= 44;
        const wideEnough = !wide || box.width >= 44 || control.matches(wide.except);
        if (!tall || !wideEnough) found.add(`${Math.round(box.width)}×${Math.round(box.height)} ${name}`);
        if (!tapReaches) continue;
        // What a tap on its middle reaches: the control, or what is inside it or its label.
        const [midX, midY] = [box.left + box.width / 2, box.top + box.height / 2];
        if (midY < below + 10 || midY > window.innerHeight - 2) continue;
        const hit = document.elementFromPoint(midX, midY);
        const reached =
          hit && (hit === control || control.contains(hit) || hit.contains(control) || hit.closest("label") === control.closest("label"));
        if (!reached) found.add(`covered by ${hit?.outerHTML.slice(0, 40)}: ${name}`);
      }
    }
    return [...found];
  }, options);
}
