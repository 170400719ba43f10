import type { SharePage } from "./render/sharePages.ts";
import { escapeHtml } from "./shareTags.ts";
import type { SiteOutput } from "./siteOutput.ts";

/** The sitemap of the built site: its pages, each under the site's address, with its versions in
 * the site's other languages (`xhtml:link rel="alternate" hreflang`, as search engines read them). */
export function sitemapXml(siteUrl: string, pages: readonly (string | Pick<SharePage, "path" | "alternates">)[]): string {
  const at = (path: string) => escapeHtml(new URL(path, siteUrl).href);
  const urls = pages.map((page) => {
    const { path, alternates } = typeof page === "string" ? { path: page, alternates: [] } : page;
    if (alternates.length < 2) return `  <url><loc>${at(path)}</loc></url>`;
    const links = [...alternates, { lang: "x-default", path: alternates[0]!.path }].map(
      (other) => `\n    <xhtml:link rel="alternate" hreflang="${escapeHtml(other.lang)}" href="${at(other.path)}"/>`,
    );
    return `  <url><loc>${at(path)}</loc>${links.join("")}\n  </url>`;
  });
  const multilingual = pages.some((page) => typeof page !== "string" && page.alternates.length > 1);
  const xmlns = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${multilingual ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ""}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${xmlns}>\n${urls.join("\n")}\n</urlset>\n`;
}

/** Everything may be crawled; the sitemap, where the site's address is known, says what there is. */
export function robotsTxt(siteUrl: string | null): string {
  return `User-agent: *\nAllow: /\n${siteUrl ? `Sitemap: ${new URL("sitemap.xml", siteUrl).href}\n` : ""}`;
}

/** The sitemap (given the site's address) and robots.txt. */
export function writeSitemap({ pages, siteUrl, emit }: SiteOutput): void {
  if (siteUrl) emit("sitemap.xml", sitemapXml(siteUrl, pages));
  emit("robots.txt", robotsTxt(siteUrl));
}
