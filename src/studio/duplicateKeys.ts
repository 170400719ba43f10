import { formatPath } from "../dataset/schema";

/** An object or list being read, and where it stands in its parent (its path is built only for a
 * duplicate found: a copied path per level would grow with the square of the nesting). */
type Frame = { parent: Frame | null; at: string | number | null } & (
  { kind: "object"; keys: Set<string>; key: string | null; wantsKey: boolean } | { kind: "array"; index: number }
);

function pathOf(frame: Frame | null): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f = frame; f && f.at !== null; f = f.parent) path.unshift(f.at);
  return path;
}

/** The paths of the keys a JSON text gives twice in one object (`events[2].title`): JSON.parse
 * keeps the last silently, so a reporter's first value would be lost without a word. Read in one
 * pass without recursion (a file may nest deeply); the text is taken to be valid JSON. */
export function duplicateKeys(text: string, limit = 20): string[] {
  const found: string[] = [];
  let top: Frame | null = null;
  const here = () => (top === null ? null : top.kind === "object" ? (top.key ?? "") : top.index);
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (top?.kind === "object" && top.wantsKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push(formatPath([...pathOf(top), key]));
        top.keys.add(key);
        top.key = key;
        top.wantsKey = false;
      }
      i = end;
    } else if (c === "{") {
      top = { parent: top, at: here(), kind: "object", keys: new Set(), key: null, wantsKey: true };
    } else if (c === "[") {
      top = { parent: top, at: here(), kind: "array", index: 0 };
    } else if (c === "}" || c === "]") {
      top = (top as Frame | null)?.parent ?? null;
    } else if (c === "," && top) {
      if (top.kind === "object") top.wantsKey = true;
      else top.index++;
    }
  }
  return found;
}
