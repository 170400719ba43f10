import { readFileSync } from "node:fs";

const THEME_CSS = new URL("../src/app/theme.css", import.meta.url);

/** The custom properties of the stylesheet's first `:root` rule (the light scheme): the one place
 * the project's colours are written, read here for what the build draws (the social cards). */
export function readThemeColours(css = readFileSync(THEME_CSS, "utf8")): Map<string, string> {
  const rule = /:root\s*\{([^}]*)\}/.exec(css);
  if (!rule) throw new Error("theme.css has no :root rule to read the colours from");
  return new Map([...rule[1]!.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}
