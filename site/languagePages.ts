import type { SharePage } from "./render/sharePages.ts";
import { escapeHtml } from "./shareTags.ts";

/** Open Graph's locale for a language tag: `language_TERRITORY`, as its readers expect (`ar_AR`,
 * `fa_IR`, `en_US`); a tag with a region keeps it (`zh-TW` → `zh_TW`). */
export function ogLocale(lang: string): string {
  const [language, region] = lang.split("-");
  if (region && /^[A-Za-z]{2}$/.test(region)) return `${language!.toLowerCase()}_${region.toUpperCase()}`;
  const usual: Record<string, string> = {
    en: "en_US",
    ar: "ar_AR",
    fa: "fa_IR",
    he: "he_IL",
    fr: "fr_FR",
    de: "de_DE",
    es: "es_ES",
    ru: "ru_RU",
    tr: "tr_TR",
  };
  return usual[language!.toLowerCase()] ?? language!.toLowerCase();
}

/** The head's tags that tie a page to its versions in the site's other languages: its Open Graph
 * locale and the others', and a `<link rel="alternate" hreflang>` for each version (itself
 * included) plus `x-default`, the original's. Absolute where the site's address is known, else
 * relative to the page. Nothing for a timeline in one language. */
export function languageHead(page: SharePage, siteUrl: string | null): string {
  if (page.alternates.length < 2) return "";
  const up = "../".repeat(page.path.split("/").filter(Boolean).length);
  const href = (path: string) => escapeHtml(siteUrl ? new URL(path, siteUrl).href : up + path || "./");
  const tags = [`<meta property="og:locale" content="${escapeHtml(ogLocale(page.lang))}">`];
  for (const other of page.alternates)
    if (other.lang !== page.lang) tags.push(`<meta property="og:locale:alternate" content="${escapeHtml(ogLocale(other.lang))}">`);
  for (const other of page.alternates) tags.push(`<link rel="alternate" hreflang="${escapeHtml(other.lang)}" href="${href(other.path)}">`);
  tags.push(`<link rel="alternate" hreflang="x-default" href="${href(page.alternates[0]!.path)}">`);
  return tags.join("\n    ");
}

/** The page's `<html>` in its own language and direction (a translation's page; the template is
 * written for the original). */
export function withPageLanguage(html: string, page: Pick<SharePage, "lang" | "dir" | "translated">): string {
  if (!page.translated) return html;
  return html.replace(/<html\b[^>]*>/, `<html lang="${escapeHtml(page.lang)}" dir="${page.dir}">`);
}
