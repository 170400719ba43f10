import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { h } from "./markup";
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
});
