import { createElement, Fragment, type Key, type ReactNode } from "react";
import type { Markup } from "./markup";

/** The DOM attribute names whose React prop is spelt otherwise. */
const PROP_NAMES: Record<string, string> = {
  class: "className",
  tabindex: "tabIndex",
  for: "htmlFor",
  maxlength: "maxLength",
  autocomplete: "autoComplete",
  readonly: "readOnly",
  spellcheck: "spellCheck",
  datetime: "dateTime",
};
/** Attributes on by being there: `""` in markup (as in HTML), `true` for React. */
const BOOLEAN_PROPS = new Set(["disabled", "readOnly", "hidden"]);

/** What React adds to a slot of the markup (see `slot`): handlers, a ref, a live value, children
 * of its own in place of the markup's; or a component of its own drawing the slot (`element`),
 * which draws the same markup with state and handlers of its own. */
export type SlotProps = Record<string, unknown> & { children?: ReactNode; element?: ReactNode };
export type Bind = (slot: string) => SlotProps | undefined;

/** `markup` as React elements: the same nodes `toDom` draws, with what `bind` gives each slot. */
export function toReact(markup: Markup | string, key?: Key, bind?: Bind): ReactNode {
  if (typeof markup === "string") return markup;
  const { children, element, ...bound } = (markup.slot !== undefined && bind?.(markup.slot)) || {};
  if (element !== undefined) return createElement(Fragment, { key: markup.key ?? key }, element);
  const descendants = () => markup.children.map((child, i) => toReact(child, i, bind));
  if (markup.tag === "") return createElement(Fragment, { key: markup.key ?? key }, ...descendants());
  const props: Record<string, unknown> = { key: markup.key ?? key };
  for (const [name, value] of Object.entries(markup.attrs)) {
    if (value === undefined) continue;
    const prop = PROP_NAMES[name] ?? name;
    props[prop] = BOOLEAN_PROPS.has(prop) ? value !== "false" : value;
  }
  Object.assign(props, bound);
  return children !== undefined ? createElement(markup.tag, props, children) : createElement(markup.tag, props, ...descendants());
}
