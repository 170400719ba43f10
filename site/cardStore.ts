import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { RasterPool } from "./rasterPool.ts";
import { CardRenderer, type CardContent, type CardTheme } from "./socialCard.ts";

const require = createRequire(import.meta.url);

/** What a card's pixels depend on besides its content: the design (socialCard.ts) and the
 * renderers' versions. A change to any of them draws every card afresh. */
function designKey(): string {
  const versions = ["satori", "@resvg/resvg-js", "@fontsource/noto-sans", "@fontsource/noto-sans-arabic"].map(
    (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
  );
  return [readFileSync(new URL("./socialCard.ts", import.meta.url), "utf8"), ...versions].join("\n");
}

/** The build's cards, by content: a card is drawn only when what it shows (or its design) has
 * changed since a build on this machine drew it, so rebuilding a large timeline costs only its
 * changed events. The hash also names the published file, so unfurlers that cache a card by
 * its URL see a new one when it changes. */
export class CardStore {
  private renderer: CardRenderer | undefined;
  private readonly raster = new RasterPool();
  private readonly key = designKey();
  /** Cards drawn (not found in the cache) by this store. */
  drawn = 0;

  constructor(
    private readonly cacheDir: string,
    private readonly theme: CardTheme,
  ) {
    mkdirSync(cacheDir, { recursive: true });
  }

  hashOf(card: CardContent): string {
    return createHash("sha256")
      .update(this.key)
      .update(JSON.stringify([card, this.theme]))
      .digest("hex")
      .slice(0, 16);
  }

  async png(card: CardContent): Promise<{ hash: string; png: Buffer }> {
    const hash = this.hashOf(card);
    const file = join(this.cacheDir, `${hash}.png`);
    try {
      return { hash, png: readFileSync(file) };
    } catch {
      this.renderer ??= new CardRenderer(this.theme);
      const png = await this.raster.rasterise(await this.renderer.svg(card));
      writeFileSync(file, png);
      this.drawn++;
      return { hash, png };
    }
  }

  /** Ends the drawing threads (a later card starts them again). */
  close(): Promise<void> {
    return this.raster.close();
  }
}
