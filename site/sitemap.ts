import { escapeHtml } from "./shareTags.ts";
import type { SiteOutput } from "./siteOutput.ts";

/** The sitemap of the built site: its pages, each under the site's address. */
export function sitemapXml(siteUrl: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeHtml(new URL(path, siteUrl).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** Everything may be crawled; the sitemap, where the site's address is known, says what there is. */
export function robotsTxt(siteUrl: string | null): string {
  return `User-agent: *\nAllow: /\n${siteUrl ? `Sitemap: ${new URL("sitemap.xml", siteUrl).href}\n` : ""}`;
}

/** The sitemap (given the site's address) and robots.txt. */
export function writeSitemap({ pages, siteUrl, emit }: SiteOutput): void {
  if (siteUrl)
    emit(
      "sitemap.xml",
      sitemapXml(
        siteUrl,
        pages.map((page) => page.path),
      ),
    );
  emit("robots.txt", robotsTxt(siteUrl));
}
