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
  /** The card's language, where it is not the site's original: its direction and its own footer. */
  lang?: { dir: "ltr" | "rtl"; footer: string };
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

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LEFT_TO_RIGHT = /[A-Za-z\u00C0-\u024F\u0370-\u052F]/;

/** Words of `text` in the runs a reader sees, in reading order: a run of left-to-right words (a
 * name in Latin letters) stays one run, each right-to-left word is one of its own. A word with no
 * strong letter (a number, a dash) goes with a left-to-right run before it where it is a number,
 * or where the run goes on after it. */
export function bidiRuns(text: string): { text: string; rtl: boolean }[] {
  const words = text.split(/\s+/).filter(Boolean);
  const strong = words.map((word) => {
    for (const char of word) {
      if (RIGHT_TO_LEFT.test(char)) return "rtl";
      if (LEFT_TO_RIGHT.test(char)) return "ltr";
    }
    return null;
  });
  const direction = words.map((_, i) => {
    if (strong[i]) return strong[i];
    const before = strong.slice(0, i).reverse().find(Boolean);
    const after = strong.slice(i + 1).find(Boolean);
    // A number after Latin letters goes with them (as Unicode's bidi rule W7 has it); a dash or
    // other mark between two Latin words too; anything else reads with the paragraph, right to left.
    if (before === "ltr" && /[0-9]/.test(words[i]!)) return "ltr";
    return before === "ltr" && (after === "ltr" || after === undefined) ? "ltr" : "rtl";
  });
  const runs: { text: string; rtl: boolean }[] = [];
  words.forEach((word, i) => {
    const last = runs[runs.length - 1];
    if (direction[i] === "ltr" && last && !last.rtl) last.text += ` ${word}`;
    else runs.push({ text: word, rtl: direction[i] === "rtl" });
  });
  return runs;
}

/** A text laid out right to left: satori shapes each word (joined letters) but sets a line left to
 * right, so the words are boxes in a row that runs from the right, wrapping onto further lines,
 * at most `lines` of them. */
function rightToLeft(text: string, style: Record<string, unknown>, lines: number): Node {
  const size = style.fontSize as number;
  const lineHeight = (style.lineHeight as number | undefined) ?? 1.25;
  return box(
    {
      ...style,
      display: "flex",
      flexDirection: "row-reverse",
      flexWrap: "wrap",
      alignContent: "flex-start",
      overflow: "hidden",
      maxHeight: Math.ceil(size * lineHeight * lines),
      lineHeight,
    },
    bidiRuns(text).map((run) => box({ display: "flex", marginLeft: "0.3em" }, run.text)),
  );
}

function cardTree(card: CardContent, theme: CardTheme): Node {
  const titleSize = card.title.length > 90 ? 56 : card.title.length > 50 ? 66 : 78;
  const rtl = card.lang?.dir === "rtl";
  /** A line of text, right to left on a card in such a language. */
  const text = (style: Record<string, unknown>, content: string, lines = 1): Node =>
    rtl ? rightToLeft(content, style, lines) : box({ ...style, display: "block", lineClamp: lines, textOverflow: "ellipsis" }, content);
  return box(
    {
      width: "100%",
      height: "100%",
      display: "flex",
      flexDirection: rtl ? "row-reverse" : "row",
      background: theme.bg,
      color: theme.text,
      fontFamily: FONT_FAMILY,
    },
    [
      box({ width: 28, height: "100%", background: card.colour }),
      box({ flex: 1, display: "flex", flexDirection: "column", padding: rtl ? "56px 64px 56px 72px" : "56px 72px 56px 64px" }, [
        text({ fontSize: 32, color: theme.muted }, card.timelineTitle),
        box({ flex: 1, display: "flex", flexDirection: "column", justifyContent: "center" }, [
          text({ fontSize: 44, fontWeight: 700, color: card.colour, marginBottom: 16 }, card.dateText),
          text({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, card.title, 4),
        ]),
        box(
          {
            display: "flex",
            flexDirection: rtl ? "row-reverse" : "row",
            alignItems: "center",
            borderTop: `2px solid ${theme.border}`,
            paddingTop: 24,
            fontSize: 30,
            color: theme.muted,
          },
          [
            ...(card.label
              ? [
                  box({ width: 20, height: 20, borderRadius: 10, background: card.colour, [rtl ? "marginLeft" : "marginRight"]: 14 }),
                  rtl ? rightToLeft(card.label, { fontSize: 30 }, 1) : box({ marginRight: 28 }, card.label),
                ]
              : []),
            rtl
              ? box({ marginRight: "auto", display: "flex" }, [rightToLeft(card.lang!.footer, { fontSize: 30 }, 1)])
              : box({ marginLeft: "auto" }, card.lang?.footer ?? "Timeline explorer"),
          ],
        ),
      ]),
    ],
  );
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
