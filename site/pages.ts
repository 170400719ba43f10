import { withContentSecurityPolicy } from "./contentSecurityPolicy.ts";
import { atPagePath, withPrerenderedViews } from "./pageHtml.ts";
import type { SharePage } from "./render/sharePages.ts";
import { shareHead, type PageFiles } from "./shareTags.ts";
import { yieldToEventLoop, type SiteOutput } from "./siteOutput.ts";

/** Writes a page per event and per period (`event/<id>/`, `period/<id>/`), each prerendered on its
 * subject (`render`), with the tags link unfurlers read and what else its head carries (`headAdditions`). */
export async function writeSubjectPages(
  { pages, siteUrl, emit }: SiteOutput,
  template: string,
  filesOf: (page: SharePage) => PageFiles,
  render: (path: string) => string,
  headAdditions: (page: SharePage) => string[] = () => [],
): Promise<void> {
  const siteName = pages[0]!.subject;
  for (const page of pages) {
    if (page.kind === "site") continue;
    const views = {
      head: [shareHead(page, siteName, filesOf(page), siteUrl), ...headAdditions(page)].join("\n    "),
      snapshot: render(page.path),
      embed: render(`${page.path}?embed=1`),
      pageHashes: [],
    };
    emit(`${folderOf(page.path)}index.html`, withContentSecurityPolicy(withPrerenderedViews(atPagePath(template, page.path), views)));
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
