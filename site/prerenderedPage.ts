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
import { modulePreloads, preloadableChunks } from "./languagePreload.ts";
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

/** What one build holds between its steps: the renderer (open from the dataset's check to the
 * site's writing), the dataset's JSON, its change log, and the pages rendered around the template. */
interface SiteBuild {
  siteUrl: string | null;
  prerender: (Prerenderer & { close(): Promise<void> }) | undefined;
  json: string;
  /** The digest of the dataset file the pages are drawn from (written into each page). */
  digest: string;
  log: ChangeLog | undefined;
  structuredData: ReturnType<typeof eventPagesJsonLd> | undefined;
  site: { template: string; pages: SharePage[] } | undefined;
  cards: SocialCards;
  /** The files of the chunks a page may preload, by chunk name (languagePreload.ts). */
  preloadable?: Map<string, string[]>;
  /** Whether the dataset's translations carry a basis: its pages then preload the digest. */
  carriesBasis: boolean;
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
  const build: SiteBuild = {
    siteUrl: null,
    prerender: undefined,
    json: "",
    digest: "",
    log: undefined,
    structuredData: undefined,
    site: undefined,
    cards: new SocialCards(),
    carriesBasis: false,
  };
  return {
    name: "prerendered-page",
    apply: "build",
    async buildStart() {
      await checkDataset(this, build);
    },
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        build.preloadable = bundle ? preloadableChunks(bundle) : undefined;
        return prerenderOpeningPage(this, build, html);
      },
    },
    // After Vite's own HTML step, which is what runs transformIndexHtml above.
    generateBundle: {
      order: "post",
      handler() {
        return writeSite(this, build);
      },
    },
    async buildEnd(error) {
      // A build that failed elsewhere leaves no renderer running.
      if (error) await release(build);
    },
    async closeBundle() {
      await release(build);
    },
  };
}

/** What a build step may say: a warning, or an error that stops the build. */
type BuildContext = Pick<PluginContext, "warn" | "error">;

async function release(build: SiteBuild): Promise<void> {
  const open = build.prerender;
  build.prerender = undefined;
  build.site = undefined;
  await open?.close();
}

const filesOf = (build: SiteBuild, page: SharePage): PageFiles => ({ card: build.cards.fileOf(page), oembed: oembedFileOf(page) });

/** First of all, so that nothing is built around a dataset the app would refuse: the dataset read
 * and checked by the app's own reader, and its change log for the feeds and structured data. */
async function checkDataset(context: BuildContext, build: SiteBuild): Promise<void> {
  build.siteUrl = readSiteUrl();
  if (!build.siteUrl) {
    context.warn(
      "SITE_URL is not set: every page and card is written, but not og:url, og:image, oEmbed, the sitemap or the feeds, which need the site's absolute address.",
    );
  }
  const { label, bytes } = readDatasetToBuild();
  build.digest = buildDigest(bytes);
  build.prerender = await openPrerenderer();
  try {
    build.json = build.prerender.readSiteDataset(bytes, label);
    build.carriesBasis = build.prerender.carriesBasis(JSON.parse(build.json));
  } catch (error) {
    await release(build);
    const { message, details = [] } = error as Error & { details?: string[] };
    context.error(`${[message, ...details].join("\n  ")}\nThe site is not built: the explorer would refuse this dataset.`);
  }
  const logs = build.prerender.changeLogs(build.json);
  build.log = logs[0]!;
  build.structuredData = eventPagesJsonLd(logs, build.siteUrl);
  const noFeeds = build.siteUrl && feedsMissing(build.log, build.siteUrl);
  if (noFeeds) context.warn(`No feed.xml or feed.json: ${noFeeds}.`);
}

/** The opening page: its head (share tags, languages, feeds) and its views prerendered; the pages
 * of the site listed, and kept with the template for writeSite. */
async function prerenderOpeningPage(context: BuildContext, build: SiteBuild, html: string): Promise<string> {
  const { prerender, json, siteUrl } = build;
  const pages = prerender!.sharePages(json);
  const collisions = pathCollisions(pages);
  // What a host cannot serve stops the build too.
  if (collisions.length) {
    await release(build);
    const named = collisions.slice(0, 10).map((group) => group.join(" and "));
    context.error(
      `Ids that differ only in case would share a page folder on most disks and hosts, one page overwriting the other: ${named.join("; ")}${collisions.length > 10 ? ` and ${collisions.length - 10} more` : ""}. Give each a distinct id.`,
    );
  }
  const home = pages[0]!;
  build.site = { template: html, pages };
  const head = [shareHead(home, home.subject, filesOf(build, home), siteUrl), languageHead(home, siteUrl), ...headAdditions(build, home)]
    .filter(Boolean)
    .join("\n    ");
  return withPrerenderedViews(html, {
    head,
    snapshot: prerender!.renderSnapshot(json),
    embed: prerender!.renderSnapshot(json, "?embed=1"),
    pageHashes: prerender!.pageHashes(json),
  });
}

/** The site's own opening page: the page a `?data=` address opens another file in. */
const opensOtherFiles = (page: SharePage) => page.kind === "site" && !page.translated;

/** What a page's head carries besides its share tags: the links to the feeds, and an event page's
 * structured data, in the page's language and linked to its other languages' pages. */
function headAdditions({ log, siteUrl, structuredData, digest, preloadable, carriesBasis }: SiteBuild, page: SharePage): string[] {
  const preloads = [
    ...(page.translated ? (preloadable?.get(`language.${page.lang}`) ?? []) : []),
    // Not the opening page, which also opens `?data=` files (most carry no basis): its app loads the
    // digest as it reads the file (digestReady).
    ...(carriesBasis && !opensOtherFiles(page) ? (preloadable?.get("textDigest") ?? []) : []),
  ];
  return [
    modulePreloads([...new Set(preloads)], page.path),
    feedLinkTags(log!, siteUrl),
    structuredData!(page.kind === "event" ? page.id : null, page.lang, page.alternates),
    digestTag(digest),
  ].filter(Boolean);
}

/** Each output of the site from its own module: the cards drawn on worker threads while the
 * pages render here. */
async function writeSite(context: PluginContext, build: SiteBuild): Promise<void> {
  const { site, prerender: renderer, json, log, siteUrl, cards } = build;
  if (!site || !renderer) return;
  const { template, pages } = site;
  const output: SiteOutput = {
    pages,
    siteUrl,
    emit: (fileName, source) => void context.emitFile({ type: "asset", fileName, source }),
    warn: (message) => context.warn(message),
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
        (page) => filesOf(build, page),
        (path) => renderer.renderSnapshot(json, path),
        renderer.pageHashes(json),
        (page) => headAdditions(build, page),
      ),
    ]);
  } finally {
    await Promise.all([release(build), cards.close()]);
  }
}
