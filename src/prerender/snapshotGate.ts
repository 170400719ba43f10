/** Whether the page prerendered at build time (the bundled dataset, in English, unfiltered, not
 * embedded) is what the app is about to show for this address and browser. A selection in the
 * hash is fine: the app adds it.
 *
 * It runs as an inline script in the page's head, before the body is drawn, so it is one
 * self-contained function: no imports, no outside names (the build inlines its source text).
 * A unit test holds it to the app's own reading of the URL and the browser's languages. */
export function snapshotApplies(search: string, browserLanguages: readonly string[]): boolean {
  const params = new URLSearchParams(search);
  if (params.has("data") || params.has("embed") || params.has("q") || params.has("categories")) return false;
  const supported = ["en", "ar", "fa"];
  const param = params.get("lang");
  if (param !== null && supported.includes(param)) return param === "en";
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0]!;
    if (supported.includes(base)) return base === "en";
  }
  return true;
}
