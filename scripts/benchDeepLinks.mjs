// The bench's deep-link rows: a fresh page opened on one event, plain and with a search active.
import { instrument } from "./benchProbe.mjs";

/** The search a deep link carries in the "after a search" row, and the event it opens on: the
 * middle one (by date) of those the search finds, so the link's event is among them. */
export const DEEP_SEARCH = "Tehran";
export const searchedTarget = (sorted) => {
  const found = sorted.filter((e) => e.place === DEEP_SEARCH);
  return found[Math.floor(found.length / 2)];
};

/** Opens `address` in a fresh context and waits until `target` is on screen, selected, with its
 * detail: the time from navigation, and from the data being in. */
async function openOn(browser, origin, address, target) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument, target.id);
    await page.goto(`${origin}${address}`);
    await page.waitForFunction(() => window.__bench.deepLink !== undefined, null, { timeout: 120_000 });
    const marks = await page.evaluate(() => window.__bench);
    return { at: marks.deepLink, afterData: marks.deepLink - (marks.dataIn ?? 0) };
  } finally {
    await context.close();
  }
}

/** The deep link to `target` (the 6th event by date; in a log, the middle one) and, where the
 * site takes a search in its address (`searchedLink`), a deep link with a search active. */
export async function deepLinks({ browser, origin, sorted, target, deepLink, searchedLink }) {
  const plain = await openOn(browser, origin, deepLink(target.id), target);
  const result = { deepLink: plain.at, deepLinkAfterData: plain.afterData };
  const searched = searchedLink && searchedTarget(sorted);
  if (searched) result.deepLinkSearched = (await openOn(browser, origin, searchedLink(searched.id, DEEP_SEARCH), searched)).at;
  return result;
}
