import type { PluginContext } from "rolldown";
import type { Plugin } from "vite";
import { loadAppModule } from "./appModule.mjs";
import { SocialCards } from "./cards.ts";
import { readDatasetToBuild } from "./dataset.ts";
import { buildDigest, digestTag } from "./datasetDigest.ts";
import { feedLinkTags, feedsMissing, writeFeeds } from "./feeds.ts";
import { itemBoxStylesheet } from "./itemBoxCss.ts";
import { oembedFileOf, writeOembeds } from "./oembed.ts";
import { withPrerenderedViews } from "./pageHtml.ts";
import { pathCollisions, writeSubjectPages } from "./pages.ts";
import type { ChangeLog } from "./render/changeLog.ts";
import type * as Renderer from "./render/renderSnapshot.tsx";
import type { SharePage } from "./render/sharePages.ts";
import { shareHead, type PageFiles } from "./shareTags.ts";
import { languageHead } from "./languagePages.ts";
import type { SiteOutput } from "./siteOutput.ts";
import { readSiteUrl } from "./siteUrl.ts";
import { writeSitemap } from "./sitemap.ts";
import { eventPagesJsonLd } from "./structuredData.ts";

/** The site/render/ module, run by a throw-away Vite server (it renders the app's own components,
 * stylesheets and all): typed by the module itself. */
type Prerenderer = typeof Renderer;

async function openPrerenderer(): Promise<Prerenderer & { close(): Promise<void> }> {
  const { module, close } = await loadAppModule<Prerenderer>(new URL("./render/renderSnapshot.tsx", import.meta.url), [
    itemBoxStylesheet(),
  ]);
  return { ...module, close };
}

/** Writes the site around the default dataset: the opening page with its view prerendered (the
 * events on screen before any script has run, see site/render/) and, for a small dataset, the
 * view of each deep link; a page per event and per period (`event/<id>/`, `period/<id>/`), each
 * prerendered on its subject, with the tags link unfurlers read; a social card for each; and,
 * given `SITE_URL`, the oEmbed files, the sitemap and the feeds (every page linking to them, each
 * event's page with its structured data). A dataset the app would refuse stops the
 * build before anything is written, with the app's own message and paths: a site whose every
 * reader meets an error is no site to publish. */
export function prerenderedPage(): Plugin {
  let siteUrl: string | null = null;
  let prerender: (Prerenderer & { close(): Promise<void> }) | undefined;
  let json = "";
  let digest = "";
  let log: ChangeLog | undefined;
  let structuredData: ((eventId: string | null) => string) | undefined;
  let site: { template: string; pages: SharePage[] } | undefined;
  const cards = new SocialCards();
  const filesOf = (page: SharePage): PageFiles => ({ card: cards.fileOf(page), oembed: oembedFileOf(page) });
  const release = async () => {
    const open = prerender;
    prerender = undefined;
    site = undefined;
    await open?.close();
  };

  return {
    name: "prerendered-page",
    apply: "build",
    async buildStart() {
      siteUrl = readSiteUrl();
      if (!siteUrl) {
        this.warn(
          "SITE_URL is not set: every page and card is written, but not og:url, og:image, oEmbed, the sitemap or the feeds, which need the site's absolute address.",
        );
      }
      // First of all, so that nothing is built around a dataset the app would refuse.
      const { label, bytes } = readDatasetToBuild();
      digest = buildDigest(bytes);
      prerender = await openPrerenderer();
      try {
        json = prerender.readSiteDataset(bytes, label);
      } catch (error) {
        await release();
        const { message, details = [] } = error as Error & { details?: string[] };
        this.error(`${[message, ...details].join("\n  ")}\nThe site is not built: the explorer would refuse this dataset.`);
      }
      log = prerender.changeLog(json);
      structuredData = eventPagesJsonLd(log, siteUrl);
      const noFeeds = siteUrl && feedsMissing(log, siteUrl);
      if (noFeeds) this.warn(`No feed.xml or feed.json: ${noFeeds}.`);
    },
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        const pages = prerender!.sharePages(json);
        const collisions = pathCollisions(pages);
        // What a host cannot serve stops the build too.
        if (collisions.length) {
          await release();
          const named = collisions.slice(0, 10).map((group) => group.join(" and "));
          this.error(
            `Ids that differ only in case would share a page folder on most disks and hosts, one page overwriting the other: ${named.join("; ")}${collisions.length > 10 ? ` and ${collisions.length - 10} more` : ""}. Give each a distinct id.`,
          );
        }
        const home = pages[0]!;
        site = { template: html, pages };
        const head = [shareHead(home, home.subject, filesOf(home), siteUrl), languageHead(home, siteUrl), ...headAdditions(home)]
          .filter(Boolean)
          .join("\n    ");
        return withPrerenderedViews(html, {
          head,
          snapshot: prerender!.renderSnapshot(json),
          embed: prerender!.renderSnapshot(json, "?embed=1"),
          pageHashes: prerender!.pageHashes(json),
        });
      },
    },
    // After Vite's own HTML step, which is what runs transformIndexHtml above.
    generateBundle: { order: "post", handler: writeSite },
    async buildEnd(error) {
      // A build that failed elsewhere leaves no renderer running.
      if (error) await release();
    },
    async closeBundle() {
      await release();
    },
  };

  /** What a page's head carries besides its share tags: the links to the feeds, and an event's structured data. */
  /** Feed links, an event page's JSON-LD (the original's pages only: it is written from the
   * original's text and says so in `inLanguage`), and the digest of the file the page was drawn from. */
  function headAdditions(page: SharePage): string[] {
    return [
      feedLinkTags(log!, siteUrl),
      structuredData!(page.kind === "event" && !page.translated ? page.id : null),
      digestTag(digest),
    ].filter(Boolean);
  }

  /** Each output of the site from its own module: the cards drawn on worker threads while the
   * pages render here. */
  async function writeSite(this: PluginContext) {
    if (!site || !prerender) return;
    const { template, pages } = site;
    const renderer = prerender;
    const output: SiteOutput = {
      pages,
      siteUrl,
      emit: (fileName, source) => void this.emitFile({ type: "asset", fileName, source }),
      warn: (message) => this.warn(message),
    };
    try {
      const embedOf = (page: SharePage, url: string) => ({
        html: renderer.embedSnippet(url, page.kind === "event" ? page.id : null, page.title),
        height: renderer.EMBED_HEIGHT,
      });
      writeOembeds(output, (page) => cards.fileOf(page), embedOf);
      writeSitemap(output);
      writeFeeds(output, log!);
      await Promise.all([
        cards.write(output),
        writeSubjectPages(
          output,
          template,
          filesOf,
          (path) => renderer.renderSnapshot(json, path),
          renderer.pageHashes(json),
          headAdditions,
        ),
      ]);
    } finally {
      await Promise.all([release(), cards.close()]);
    }
  }
}
