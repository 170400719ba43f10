/** The address to link a source to, or null: only absolute http(s) URLs are ever
 * linked, so a `javascript:` or `data:` value in the data can never run. */
export function safeLinkHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
