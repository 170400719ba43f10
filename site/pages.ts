import { withContentSecurityPolicy } from "./contentSecurityPolicy.ts";
import { languageHead, withPageLanguage } from "./languagePages.ts";
import { atPagePath, withPrerenderedViews } from "./pageHtml.ts";
import type { SharePage } from "./render/sharePages.ts";
import { shareHead, type PageFiles } from "./shareTags.ts";
import { yieldToEventLoop, type SiteOutput } from "./siteOutput.ts";

/** Writes a page per event and per period (`event/<id>/`, `period/<id>/`), and each translation's
 * pages (`ar/`, `ar/event/<id>/`), each prerendered on its subject (`render`) in its language,
 * with the tags link unfurlers read and what else its head carries (`headAdditions`). (The
 * original's opening page is the template's own.) */
export async function writeSubjectPages(
  { pages, siteUrl, emit }: SiteOutput,
  template: string,
  filesOf: (page: SharePage) => PageFiles,
  render: (path: string) => string,
  pageHashes: string[] = [],
  headAdditions: (page: SharePage) => string[] = () => [],
): Promise<void> {
  // Each language's pages are of that language's site: its opening page names it.
  const siteNames = new Map(pages.filter((page) => page.kind === "site").map((page) => [page.lang, page.subject]));
  for (const page of pages) {
    if (page.kind === "site" && !page.translated) continue;
    const siteName = siteNames.get(page.lang) ?? pages[0]!.subject;
    const views = {
      head: [shareHead(page, siteName, filesOf(page), siteUrl), languageHead(page, siteUrl), ...headAdditions(page)]
        .filter(Boolean)
        .join("\n    "),
      snapshot: render(page.path),
      embed: render(`${page.path}?embed=1`),
      pageHashes: page.kind === "site" ? pageHashes : [],
      pageLang: page.translated ? page.lang : undefined,
    };
    const html = withPageLanguage(atPagePath(template, page.path), page);
    emit(`${folderOf(page.path)}index.html`, withContentSecurityPolicy(withPrerenderedViews(html, views)));
    await yieldToEventLoop();
  }
}

/** A page's folder on disk: its path with the id as written (`event/دیدار/`), which a static host
 * serves for the percent-encoded address the pages link to (`event/%D8%AF…/`). Ids hold no `%`. */
export const folderOf = (path: string): string => decodeURIComponent(path);

/** The pages whose folders would be one on a disk that ignores case (macOS, Windows, some hosts),
 * each group by its ids: one page would silently overwrite the other. */
export function pathCollisions(pages: readonly SharePage[]): string[][] {
  const byFolder = new Map<string, SharePage[]>();
  for (const page of pages) {
    const folder = folderOf(page.path).toLowerCase();
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), page]);
  }
  return [...byFolder.values()].filter((group) => group.length > 1).map((group) => group.map((page) => `${page.kind} "${page.id}"`));
}
