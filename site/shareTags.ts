import type { SharePage } from "./render/sharePages.ts";
import { CARD_SIZE } from "./socialCard.ts";

/** Text for an HTML attribute or element: the data's own text, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export interface PageFiles {
  /** The page's card, from the site's root. */
  card: string;
  /** Its oEmbed description, from the site's root; null where there is none. */
  oembed: string | null;
}

/** The page's head as an unfurler reads it without running script: title, description, canonical
 * link, Open Graph and card tags, the oEmbed link. What needs an absolute URL (og:url, og:image,
 * oEmbed) is there only when the site's address is known. */
export function shareHead(page: SharePage, siteName: string, files: PageFiles, siteUrl: string | null): string {
  const meta = (key: "name" | "property", name: string, content: string) => `<meta ${key}="${name}" content="${escapeHtml(content)}">`;
  const absolute = (path: string) => new URL(path, siteUrl!).href;
  const tags = [`<title>${escapeHtml(page.title)}</title>`];
  if (page.description) tags.push(meta("name", "description", page.description));
  // Relative without SITE_URL: the page itself ("./"), whatever spelling of its address led here.
  tags.push(`<link rel="canonical" href="${escapeHtml(siteUrl ? absolute(page.path) : "./")}">`);
  tags.push(
    meta("property", "og:type", page.kind === "site" ? "website" : "article"),
    meta("property", "og:site_name", siteName),
    meta("property", "og:title", page.subject),
  );
  if (page.description) tags.push(meta("property", "og:description", page.description));
  if (siteUrl) {
    tags.push(
      meta("property", "og:url", absolute(page.path)),
      meta("property", "og:image", absolute(files.card)),
      meta("property", "og:image:type", "image/png"),
      meta("property", "og:image:width", String(CARD_SIZE.width)),
      meta("property", "og:image:height", String(CARD_SIZE.height)),
      meta("property", "og:image:alt", page.imageAlt),
    );
  }
  tags.push(meta("name", "twitter:card", "summary_large_image"));
  if (page.published) tags.push(meta("property", "article:published_time", page.published));
  if (siteUrl && files.oembed) {
    tags.push(
      `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(absolute(files.oembed))}" title="${escapeHtml(page.title)}">`,
    );
  }
  return tags.join("\n    ");
}
