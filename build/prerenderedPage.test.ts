import { describe, expect, it } from "vitest";
import { withPrerenderedViews } from "./prerenderedPage";

const page = `<html><head>
    <title>Placeholder</title>
    <meta
      name="description"
      content="placeholder"
    />
  </head><body><div id="root"></div></body></html>`;

describe("the prerendered page", () => {
  it("puts the head, the gate, the opening view and each deep link's view in place", () => {
    const html = withPrerenderedViews(page, {
      head: "<title>Ours</title>",
      snapshot: "<main>opening</main>",
      deepLinks: [{ hash: "#/event/a", html: "<main>a</main>" }],
    });
    expect(html).not.toContain("Placeholder");
    expect(html).not.toContain("description");
    expect(html).toMatch(/<title>Ours<\/title>\s*<script data-snapshot-gate>if \(!\(/);
    expect(html).toContain(
      '<div id="root" data-snapshot><main>opening</main></div><template data-snapshot-hash="#/event/a"><main>a</main></template><script data-snapshot-pick>(',
    );
  });
});
