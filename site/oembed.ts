import type { SharePage } from "./render/sharePages.ts";
import type { SiteOutput } from "./siteOutput.ts";
import { CARD_SIZE } from "./socialCard.ts";
import { folderOf } from "./pages.ts";

/** The width oEmbed consumers reserve (the snippet's iframe is 100% wide, its script sets the height). */
const EMBED_WIDTH = 640;

/** The snippet and its iframe's height, as the Embed dialog gives them (src/features/embed/embedSnippet.ts). */
export interface Embed {
  html: string;
  height: number;
}

/** The page's oEmbed description (a static file: a static host cannot answer `?url=`): the same
 * snippet the Embed dialog gives on that page, and its card as the thumbnail. */
export function oembedJson(page: SharePage, siteName: string, siteUrl: string, card: string, embed: Embed): string {
  return JSON.stringify(
    {
      version: "1.0",
      type: "rich",
      title: page.title,
      provider_name: siteName,
      provider_url: siteUrl,
      html: embed.html,
      width: EMBED_WIDTH,
      height: embed.height,
      thumbnail_url: new URL(card, siteUrl).href,
      thumbnail_width: CARD_SIZE.width,
      thumbnail_height: CARD_SIZE.height,
    },
    null,
    2,
  );
}

/** The oEmbed file of each page a snippet can embed (the opening page and each event's), given the
 * site's address; `embedOf` is the snippet for a page. */
export function writeOembeds(
  { pages, siteUrl, emit }: SiteOutput,
  cardOf: (page: SharePage) => string,
  embedOf: (page: SharePage, siteUrl: string) => Embed,
): void {
  if (!siteUrl) return;
  const siteName = pages[0]!.subject;
  for (const page of pages) {
    const file = oembedFileOf(page);
    if (file) emit(folderOf(file), oembedJson(page, siteName, siteUrl, cardOf(page), embedOf(page, siteUrl)));
  }
}

/** Where a page's oEmbed file is: none for a period, which no snippet embeds. */
export const oembedFileOf = (page: SharePage): string | null => (page.kind === "period" ? null : `${page.path}oembed.json`);
