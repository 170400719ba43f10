import { createElement, type Key, type ReactNode } from "react";
import type { Markup } from "./markup";

/** The DOM attribute names whose React prop is spelt otherwise. */
const PROP_NAMES: Record<string, string> = { class: "className", tabindex: "tabIndex" };

/** `markup` as React elements: the same nodes `toDom` draws. */
export function toReact(markup: Markup | string, key?: Key): ReactNode {
  if (typeof markup === "string") return markup;
  const props: Record<string, unknown> = { key: markup.key ?? key };
  for (const [name, value] of Object.entries(markup.attrs)) if (value !== undefined) props[PROP_NAMES[name] ?? name] = value;
  return createElement(markup.tag, props, ...markup.children.map((child, i) => toReact(child, i)));
}
