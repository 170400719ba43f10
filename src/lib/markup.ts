/** Markup as plain data: one description of a view, drawn by React where the app runs
 * (`markupReact.ts`) and straight into the DOM before it has loaded (`toDom`). Values are only
 * ever attributes and text nodes: nothing in them is parsed as HTML. */
export interface Markup {
  tag: string;
  attrs: Attrs;
  children: (Markup | string)[];
  /** Among its siblings, for React to tell them apart as they change. */
  key?: string | number;
  /** A name React binds its handlers, refs and live values to (`toReact`'s `bind`); nothing in the DOM. */
  slot?: string;
}

/** DOM attribute names (`class`, `tabindex`, `aria-current`); undefined leaves one out. */
export type Attrs = Record<string, string | number | undefined>;

export function h(tag: string, attrs: Attrs = {}, children: (Markup | string | null)[] = [], key?: string | number): Markup {
  return { tag, attrs, children: children.filter((child) => child !== null), key };
}

/** `markup`, named for React to bind its handlers to (see `toReact`). */
export function slot(name: string, markup: Markup): Markup {
  return { ...markup, slot: name };
}

const SVG_NS = "http://www.w3.org/2000/svg";
const HTML_NS = "http://www.w3.org/1999/xhtml";

/** Siblings without an element around them (React's fragment). */
export function fragment(children: (Markup | string | null)[]): Markup {
  return h("", {}, children);
}

/** `markup` as DOM nodes, SVG where it is SVG (and HTML again inside a `foreignObject`). */
export function toDom(markup: Markup | string, ns = HTML_NS): Node {
  if (typeof markup === "string") return document.createTextNode(markup);
  if (markup.tag === "") {
    const nodes = document.createDocumentFragment();
    for (const child of markup.children) nodes.append(toDom(child, ns));
    return nodes;
  }
  const own = markup.tag === "svg" ? SVG_NS : ns;
  const element = document.createElementNS(own, markup.tag);
  for (const [name, value] of Object.entries(markup.attrs)) if (value !== undefined) element.setAttribute(name, String(value));
  const inner = markup.tag === "foreignObject" ? HTML_NS : own;
  for (const child of markup.children) element.append(toDom(child, inner));
  return element;
}
