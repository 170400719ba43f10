import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { fragment, h, slot } from "./markup";
import { toReact } from "./markupReact";

describe("markup drawn by React", () => {
  it("gives React its own prop names, leaves out what is undefined, and keeps text as text", () => {
    const markup = h("svg", { class: "plan", width: "100%", "data-plan-width": undefined }, [
      h("foreignObject", { x: 10 }, [
        h("a", { href: "#/event/x", class: "item", tabindex: -1, "data-event-id": "x", "aria-current": "true" }, [
          '<img src=x onerror="alert(1)">',
        ]),
      ]),
      null,
    ]);
    expect(renderToStaticMarkup(toReact(markup))).toBe(
      '<svg class="plan" width="100%"><foreignObject x="10"><a href="#/event/x" class="item" tabindex="-1" data-event-id="x" aria-current="true">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</a></foreignObject></svg>',
    );
  });

  it("binds React's props to named slots, lets a component draw a slot, and draws a fragment's children in place", () => {
    const markup = h("div", { class: "bar" }, [
      slot("field", h("input", { id: "q", maxlength: 200, readonly: "", value: "" })),
      slot("frame", h("div", { class: "frame" }, [h("p", {}, ["described"])])),
      slot("mine", h("span", {}, ["described"])),
      fragment([h("button", { type: "button", disabled: "" }, ["+"]), "text"]),
      slot("unbound", h("b", {}, ["kept"])),
    ]);
    const bind = (name: string) =>
      ({
        field: { value: "typed", onChange: () => {} },
        frame: { children: createElement("i", null, "React's own") },
        mine: { element: createElement("em", null, "a component's") },
      })[name];
    expect(renderToStaticMarkup(toReact(markup, undefined, bind))).toBe(
      '<div class="bar"><input id="q" maxLength="200" readOnly="" value="typed"/><div class="frame"><i>React&#x27;s own</i></div><em>a component&#x27;s</em><button type="button" disabled="">+</button>text<b>kept</b></div>',
    );
  });
});
