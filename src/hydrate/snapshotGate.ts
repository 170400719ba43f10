/** Whether the page prerendered at build time (the bundled dataset, in English, unfiltered) is what
 * the app is about to show for this address and browser. A selection in the hash is fine: the app
 * adds it. Embedded (`?embed=1`), the page's compact view applies, but not with a hash: no page
 * carries the compact view of a deep link.
 *
 * It runs as an inline script in the page's head, before the body is drawn, so it is one
 * self-contained function: no imports, no outside names (the build inlines its source text).
 * A unit test holds it to the app's own reading of the URL and the browser's languages. */
export function snapshotApplies(
  search: string,
  hash: string,
  browserLanguages: readonly string[],
  pageLang: string | null = null,
): boolean {
  const params = new URLSearchParams(search);
  // An opening asked for (`?opening=latest`) may not be the one the page was drawn with: the app draws it.
  if (params.has("data") || params.has("q") || params.has("categories") || params.has("opening")) return false;
  if (params.get("embed") === "1" && hash !== "") return false;
  const supported = ["en", "ar", "fa"];
  const param = params.get("lang");
  // A page in a language (`ar/event/<id>/`) is drawn in it, whatever the browser prefers.
  if (pageLang !== null) return param === null || !supported.includes(param) || param === pageLang;
  if (param !== null && supported.includes(param)) return param === "en";
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0]!;
    if (supported.includes(base)) return base === "en";
  }
  return true;
}

/** Where a deep link (`#/event/<id>`, `#/period/<id>`) to one of the site's own pages goes: that
 * page (`event/<id>/`, the address kept), which carries the event's view prerendered. `null` for
 * any other address: another dataset's hash, an unknown id (the app says so), no hash. It runs in
 * the page's head, before anything is drawn, so it is self-contained too. */
export function deepLinkPage(search: string, hash: string, pageHashes: readonly string[]): string | null {
  if (new URLSearchParams(search).has("data") || !pageHashes.includes(hash)) return null;
  return `${hash.slice(2)}/${search}`;
}

/** Swaps in the page's compact view when embedded, so an embed's whole layout is on screen before
 * any script has loaded. An inline script right after the page's template runs it, hence one
 * self-contained function again. */
export function pickEmbedSnapshot(): void {
  const root = document.getElementById("root");
  if (!root || !root.hasAttribute("data-snapshot") || document.documentElement.classList.contains("no-snapshot")) return;
  if (new URLSearchParams(location.search).get("embed") === "1") {
    const compact = document.querySelector("template[data-snapshot-embed]") as HTMLTemplateElement | null;
    if (compact) root.replaceChildren(compact.content.cloneNode(true));
    else {
      // A page built without its compact view: the app draws it.
      document.documentElement.classList.add("no-snapshot");
      return;
    }
  }
  // With script, the timeline is one Tab stop (arrow keys move within it), before vis-timeline
  // takes over as after: the preview's event links stay links, but leave the Tab order. (Without
  // script, this never runs, and they are the way in.)
  root.querySelectorAll("[data-testid=timeline-preview] a").forEach((link) => link.setAttribute("tabindex", "-1"));
  // Every one of the first paint's plans (one per width the stylesheet chooses from) carries the DOM
  // contract's ids, for a page read without script. With script, those not shown give theirs up
  // (kept as `data-plan-…`), so that `[data-event-id="…"]` finds the box a reader sees; followed as
  // the frame's width changes, until the app takes the plans over (restorePlanIds, previewMarkup.ts, gives them back).
  const preview = root.querySelector("[data-testid=timeline-preview]");
  const plans = preview ? Array.from(preview.querySelectorAll("[data-plan-width]")) : [];
  if (!preview || plans.length < 2) return;
  const observer = new ResizeObserver(() => {
    if (preview.hasAttribute("data-plans-live")) return observer.disconnect();
    for (const plan of plans) {
      const shown = getComputedStyle(plan).display !== "none";
      for (const kind of ["event", "period"]) {
        const [from, to] = shown ? [`data-plan-${kind}-id`, `data-${kind}-id`] : [`data-${kind}-id`, `data-plan-${kind}-id`];
        plan.querySelectorAll(`[${from}]`).forEach((element) => {
          element.setAttribute(to, element.getAttribute(from)!);
          element.removeAttribute(from);
        });
      }
    }
  });
  observer.observe(preview);
}
