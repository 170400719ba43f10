import { join } from "node:path";
import type { PluginContext } from "rolldown";
import type { Plugin } from "vite";
import { loadAppModule } from "./appModule.mjs";
import type { SharePage } from "./render/sharePages.ts";
import { pickDeepLinkSnapshot, snapshotApplies } from "../src/hydrate/snapshotGate.ts";
import { CardStore } from "./cardStore.ts";
import { withContentSecurityPolicy } from "./contentSecurityPolicy.ts";
import { readDefaultDataset } from "./dataset.ts";
import { itemBoxStylesheet } from "./itemBoxCss.ts";
import { oembedJson } from "./oembed.ts";
import { shareHead, type PageFiles } from "./shareTags.ts";
import { readSiteUrl } from "./siteUrl.ts";
import { robotsTxt, sitemapXml } from "./sitemap.ts";
import { uncoveredCharacters, type CardContent } from "./socialCard.ts";
import { readThemeColours } from "./themeColours.ts";

/** What goes into one built page: its head, its view, and (the opening page) each deep link's view. */
export interface PrerenderedViews {
  /** The page's `<title>`, description, canonical, Open Graph and oEmbed tags. */
  head: string;
  /** The page's own view. */
  snapshot: string;
  /** Each deep link's view, by its hash (ids made URL-safe by the schema and encodeURIComponent). */
  deepLinks: { hash: string; html: string }[];
}

/** `html` with the prerendered views in place: the head's tags, the gate that hides the views
 * where the address asks for something else, the page's view in the root, and the deep links'
 * views in templates that the pick script swaps in. */
export function withPrerenderedViews(html: string, { head, snapshot, deepLinks }: PrerenderedViews): string {
  const gate = `if (!(${snapshotApplies})(location.search, navigator.languages || [navigator.language])) document.documentElement.classList.add("no-snapshot");`;
  const templates = deepLinks.map(({ hash, html }) => `<template data-snapshot-hash="${hash}">${html}</template>`).join("");
  return html
    .replace(/\s*<meta\s+name="description"[^>]*>/, "")
    .replace(/<title>[^<]*<\/title>/, () => `${head}\n    <script data-snapshot-gate>${gate}</script>`)
    .replace(
      '<div id="root"></div>',
      () => `<div id="root" data-snapshot>${snapshot}</div>${templates}<script data-snapshot-pick>(${pickDeepLinkSnapshot})();</script>`,
    );
}

/** The page template (before its views go in) moved to the page at `path` (`event/<id>/`: two folders down), its
 * own links (scripts, stylesheet, data, icon) pointing back up: the site still works from any
 * folder of any static host. */
export function atPagePath(html: string, path: string): string {
  const up = "../".repeat(path.split("/").filter(Boolean).length);
  if (!up) return html;
  return html.replace(/(\s(?:src|href))="\.\//g, `$1="${up}`);
}

/** The site/render/ module, run by a throw-away Vite server (it renders the app's own components). */
interface Prerenderer {
  renderSnapshot(json: string, address?: string): string;
  deepLinkHashes(json: string): string[];
  sharePages(json: string): SharePage[];
  embedSnippet(pageHref: string, eventId: string | null, title: string): string;
  EMBED_HEIGHT: number;
}

async function openPrerenderer(): Promise<Prerenderer & { close(): Promise<void> }> {
  const { module, close } = await loadAppModule("/site/render/renderSnapshot.tsx", [itemBoxStylesheet()]);
  return { ...(module as unknown as Prerenderer), close };
}

/** Cards being drawn while the pages render: enough to keep every core busy. */
const CARDS_IN_FLIGHT = 8;

/** Where the build keeps the cards it has drawn, between builds (`CARD_CACHE_DIR` moves it). */
const cardCache = () => process.env.CARD_CACHE_DIR || join("node_modules", ".cache", "social-cards");

/** Writes the site around the default dataset: the opening page with its view prerendered (the
 * events on screen before any script has run, see site/render/) and, for a small dataset, the
 * view of each deep link; a page per event and per period (`event/<id>/`, `period/<id>/`), each
 * prerendered on its subject, with the tags link unfurlers read; a social card for each; and,
 * given `SITE_URL`, the oEmbed files and the sitemap. An invalid dataset still builds, without
 * them: the app reports what is wrong, where, in the page. */
export function prerenderedPage(): Plugin {
  let siteUrl: string | null = null;
  let site: { json: string; template: string; pages: SharePage[]; prerender: Prerenderer & { close(): Promise<void> } } | undefined;
  const colours = readThemeColours();
  const cards = new CardStore(cardCache(), {
    bg: colours.get("bg")!,
    text: colours.get("text")!,
    muted: colours.get("muted")!,
    border: colours.get("border")!,
  });
  const cardContent = ({ card }: SharePage): CardContent => ({
    ...card,
    colour: colours.get(card.colour === null ? "accent" : `cat-${card.colour}`)!,
  });
  const filesOf = (page: SharePage): PageFiles => ({
    card: `cards/${page.kind}${page.id ? `-${page.id}` : ""}-${cards.hashOf(cardContent(page))}.png`,
    oembed: page.kind === "period" ? null : `${page.path}oembed.json`,
  });

  return {
    name: "prerendered-page",
    apply: "build",
    buildStart() {
      siteUrl = readSiteUrl();
      if (!siteUrl) {
        this.warn(
          "SITE_URL is not set: every page and card is written, but not og:url, og:image, oEmbed or the sitemap, which need the site's absolute address.",
        );
      }
    },
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        const json = readDefaultDataset();
        let prerender;
        try {
          prerender = await openPrerenderer();
          const pages = prerender.sharePages(json);
          const home = pages[0]!;
          site = { json, template: html, pages, prerender };
          const deepLinks = prerender.deepLinkHashes(json).map((hash) => ({ hash, html: prerender!.renderSnapshot(json, hash) }));
          const head = shareHead(home, home.subject, filesOf(home), siteUrl);
          return withPrerenderedViews(html, { head, snapshot: prerender.renderSnapshot(json), deepLinks });
        } catch (error) {
          await prerender?.close();
          site = undefined;
          const { message, details = [] } = error as Error & { details?: string[] };
          this.warn(`No prerendered page: ${[message, ...details].join("\n  ")}`);
          return html;
        }
      },
    },
    // After Vite's own HTML step, which is what runs transformIndexHtml above.
    generateBundle: { order: "post", handler: writeSitePages },
    async closeBundle() {
      await site?.prerender.close();
    },
  };

  async function writeSitePages(this: PluginContext) {
    if (!site) return;
    const { json, template, pages, prerender } = site;
    const siteName = pages[0]!.subject;
    const emit = (fileName: string, source: string | Uint8Array) => this.emitFile({ type: "asset", fileName, source });
    try {
      const uncovered: string[] = [];
      const drawing = new Set<Promise<void>>();
      for (const page of pages) {
        const content = cardContent(page);
        if (uncoveredCharacters(content.title + content.timelineTitle).length) uncovered.push(page.id ?? "the opening page");
        const files = filesOf(page);
        // Drawn on worker threads while this one renders the pages, a few cards in flight at a time.
        const card = cards.png(content).then(({ png }) => void emit(files.card, png));
        drawing.add(card);
        void card.then(
          () => drawing.delete(card),
          () => {},
        );
        if (drawing.size >= CARDS_IN_FLIGHT) await Promise.race(drawing);
        if (siteUrl && files.oembed) {
          const embed = {
            html: prerender.embedSnippet(siteUrl, page.kind === "event" ? page.id : null, page.title),
            height: prerender.EMBED_HEIGHT,
          };
          emit(files.oembed, oembedJson(page, siteName, siteUrl, files.card, embed));
        }
        if (page.kind === "site") continue;
        const views = {
          head: shareHead(page, siteName, files, siteUrl),
          snapshot: prerender.renderSnapshot(json, page.path),
          deepLinks: [],
        };
        emit(`${page.path}index.html`, withContentSecurityPolicy(withPrerenderedViews(atPagePath(template, page.path), views)));
      }
      await Promise.all(drawing);
      if (uncovered.length) {
        this.warn(
          `Social cards: characters no card font covers (drawn as boxes) in ${uncovered.slice(0, 5).join(", ")}${uncovered.length > 5 ? ` and ${uncovered.length - 5} more` : ""}.`,
        );
      }
      if (siteUrl)
        emit(
          "sitemap.xml",
          sitemapXml(
            siteUrl,
            pages.map((page) => page.path),
          ),
        );
      emit("robots.txt", robotsTxt(siteUrl));
    } finally {
      site = undefined;
      await Promise.all([prerender.close(), cards.close()]);
    }
  }
}
