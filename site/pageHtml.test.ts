import { describe, expect, it } from "vitest";
import { atPagePath, withPrerenderedViews } from "./pageHtml";

const page = `<html><head>
    <title>Placeholder</title>
    <meta
      name="description"
      content="placeholder"
    />
  </head><body><div id="root"></div></body></html>`;

describe("the prerendered page", () => {
  it("puts the head, the gate with the pages' deep links, the opening view and its compact view in place", () => {
    const html = withPrerenderedViews(page, {
      head: "<title>Ours</title>",
      snapshot: "<main>opening</main>",
      embed: "<main>compact</main>",
      pageHashes: ["#/event/a"],
    });
    expect(html).not.toContain("Placeholder");
    expect(html).not.toContain("description");
    expect(html).toMatch(
      /<title>Ours<\/title>\s*<script data-snapshot-gate>\{ const page = \(function deepLinkPage[^]*\)\(location\.search, location\.hash, \["#\/event\/a"\]\);/,
    );
    expect(html).toContain(
      '<div id="root" data-snapshot><main>opening</main></div><template data-snapshot-embed><main>compact</main></template><script data-snapshot-pick>(',
    );
  });
});

describe("atPagePath", () => {
  it("points the page's own links back up to the site's root, and nothing else", () => {
    const html =
      '<link rel="icon" href="./favicon.svg"><script type="module" src="./assets/a.js"></script><a href="https://x.example/./">x</a>';
    expect(atPagePath(html, "event/a/")).toBe(
      '<link rel="icon" href="../../favicon.svg"><script type="module" src="../../assets/a.js"></script><a href="https://x.example/./">x</a>',
    );
    expect(atPagePath(html, "")).toBe(html);
  });
});
