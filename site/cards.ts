import { join } from "node:path";
import type { SharePage } from "./render/sharePages.ts";
import { CardStore } from "./cardStore.ts";
import type { SiteOutput } from "./siteOutput.ts";
import { uncoveredCharacters, type CardContent } from "./socialCard.ts";
import { readThemeColours } from "./themeColours.ts";

/** Cards being drawn at once: enough to keep every core busy. */
const CARDS_IN_FLIGHT = 8;

/** Where the build keeps the cards it has drawn, between builds (`CARD_CACHE_DIR` moves it). */
const cardCache = () => process.env.CARD_CACHE_DIR || join("node_modules", ".cache", "social-cards");

/** The site's social cards: one per page, in the theme's colours, named by what they show. */
export class SocialCards {
  private readonly colours = readThemeColours();
  private readonly store = new CardStore(cardCache(), {
    bg: this.colours.get("bg")!,
    text: this.colours.get("text")!,
    muted: this.colours.get("muted")!,
    border: this.colours.get("border")!,
  });

  private contentOf({ card }: SharePage): CardContent {
    return { ...card, colour: this.colours.get(card.colour === null ? "accent" : `cat-${card.colour}`)! };
  }

  /** The card's file: its hash in the name, so an unfurler caching by URL sees a changed card. */
  fileOf(page: SharePage): string {
    const language = page.translated ? `${page.lang}-` : "";
    return `cards/${language}${page.kind}${page.id ? `-${page.id}` : ""}-${this.store.hashOf(this.contentOf(page))}.png`;
  }

  /** Draws every page's card (on worker threads, a few in flight at a time) and writes it. */
  async write({ pages, emit, warn }: SiteOutput): Promise<void> {
    const uncovered: string[] = [];
    const drawing = new Set<Promise<void>>();
    for (const page of pages) {
      const content = this.contentOf(page);
      if (uncoveredCharacters(content.title + content.timelineTitle).length) uncovered.push(page.id ?? "the opening page");
      const file = this.fileOf(page);
      const card = this.store.png(content).then(({ png }) => void emit(file, png));
      drawing.add(card);
      void card.then(
        () => drawing.delete(card),
        () => {},
      );
      if (drawing.size >= CARDS_IN_FLIGHT) await Promise.race(drawing);
    }
    await Promise.all(drawing);
    if (uncovered.length) {
      const more = uncovered.length > 5 ? ` and ${uncovered.length - 5} more` : "";
      warn(`Social cards: characters no card font covers (drawn as boxes) in ${uncovered.slice(0, 5).join(", ")}${more}.`);
    }
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
