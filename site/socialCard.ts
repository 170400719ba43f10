import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create as openFont, type Font as FontFile } from "fontkit";
import satori, { type Font } from "satori";

/** What one card shows: plain text from the data, drawn as glyphs (never parsed as markup). */
export interface CardContent {
  /** The event's (or period's, or the timeline's) title. */
  title: string;
  /** Its date at its precision ("July 2020"), or a period's span. */
  dateText: string;
  /** The category's label, if any. */
  label: string | null;
  /** The accent colour: the category's swatch. */
  colour: string;
  /** The timeline's title, as the card's kicker. */
  timelineTitle: string;
}

export const CARD_SIZE = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));

/** Noto Sans (Latin, Greek, Cyrillic, Vietnamese) and Noto Sans Arabic, shipped as npm packages:
 * nothing is fetched. Each subset is its own family, all listed in the card's font-family: satori
 * picks, glyph by glyph, the first family that has it. */
const FONT_SUBSETS = ["latin", "latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese"];
const FONT_FAMILY = [...FONT_SUBSETS, "arabic"].map((subset) => `"Noto Sans ${subset}"`).join(", ");
function loadFonts(): Font[] {
  const fonts: Font[] = [];
  for (const weight of [400, 700] as const) {
    for (const subset of FONT_SUBSETS) {
      fonts.push({
        name: `Noto Sans ${subset}`,
        weight,
        style: "normal",
        data: fontFile("@fontsource/noto-sans", `noto-sans-${subset}-${weight}-normal.woff`),
      });
    }
    fonts.push({
      name: "Noto Sans arabic",
      weight,
      style: "normal",
      data: fontFile("@fontsource/noto-sans-arabic", `noto-sans-arabic-arabic-${weight}-normal.woff`),
    });
  }
  return fonts;
}

/** Whether any card font has a glyph for a code point: read from the fonts' own character maps
 * (fontkit), not guessed from scripts (emoji and line separators are "Common", and no font here
 * draws them). */
let hasGlyph: ((codePoint: number) => boolean) | undefined;
function glyphCoverage(): (codePoint: number) => boolean {
  if (!hasGlyph) {
    const faces = loadFonts()
      .filter((font) => font.weight === 400)
      .map((font) => openFont(Buffer.from(font.data as ArrayBuffer)) as FontFile);
    hasGlyph = (codePoint) => faces.some((face) => face.hasGlyphForCodePoint(codePoint));
  }
  return hasGlyph;
}

/** The characters of `text` the card fonts have no glyph for (they would show as boxes). */
export function uncoveredCharacters(text: string): string[] {
  const covered = glyphCoverage();
  return [...new Set([...text].filter((char) => !covered(char.codePointAt(0)!)))];
}

/** The project's look: the page's paper, ink and muted ink (theme.css, light scheme). */
export interface CardTheme {
  bg: string;
  text: string;
  muted: string;
  border: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const box = (style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({ type: "div", props: { style, children } });

function cardTree(card: CardContent, theme: CardTheme): Node {
  const titleSize = card.title.length > 90 ? 56 : card.title.length > 50 ? 66 : 78;
  return box({ width: "100%", height: "100%", display: "flex", background: theme.bg, color: theme.text, fontFamily: FONT_FAMILY }, [
    box({ width: 28, height: "100%", background: card.colour }),
    box({ flex: 1, display: "flex", flexDirection: "column", padding: "56px 72px 56px 64px" }, [
      box({ fontSize: 32, color: theme.muted, display: "block", lineClamp: 1, textOverflow: "ellipsis" }, card.timelineTitle),
      box({ flex: 1, display: "flex", flexDirection: "column", justifyContent: "center" }, [
        box({ fontSize: 44, fontWeight: 700, color: card.colour, marginBottom: 16 }, card.dateText),
        box(
          { fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, display: "block", lineClamp: 4, textOverflow: "ellipsis" },
          card.title,
        ),
      ]),
      box(
        { display: "flex", alignItems: "center", borderTop: `2px solid ${theme.border}`, paddingTop: 24, fontSize: 30, color: theme.muted },
        [
          ...(card.label
            ? [
                box({ width: 20, height: 20, borderRadius: 10, background: card.colour, marginRight: 14 }),
                box({ marginRight: 28 }, card.label),
              ]
            : []),
          box({ marginLeft: "auto" }, "Timeline explorer"),
        ],
      ),
    ]),
  ]);
}

/** Lays cards out: satori places the text and draws its glyphs as paths, so the SVG needs no
 * font to be rasterised (resvg does that, in rasterPool.ts). */
export class CardRenderer {
  private readonly fonts = loadFonts();
  constructor(private readonly theme: CardTheme) {}

  svg(card: CardContent): Promise<string> {
    // satori's types want a React element; a plain { type, props } tree is what it reads.
    return satori(cardTree(card, this.theme) as never, { ...CARD_SIZE, fonts: this.fonts });
  }
}
