import { describe, expect, it } from "vitest";
import { embedSnippet, embedUrl, fullExplorerHref } from "./embedSnippet";

const page = "https://example.org/explorer/?data=data/other.json#/event/a";

describe("embed addresses", () => {
  it("adds ?embed=1 and the selected event, keeping the dataset", () => {
    expect(embedUrl(page, "b")).toBe("https://example.org/explorer/?data=data%2Fother.json&embed=1#/event/b");
    expect(embedUrl(page, null)).toBe("https://example.org/explorer/?data=data%2Fother.json&embed=1");
  });

  it("embeds the published dataset's event page", () => {
    expect(embedUrl("https://example.org/explorer/event/a/?q=x", "b")).toBe("https://example.org/explorer/event/b/?q=x&embed=1");
    expect(fullExplorerHref("https://example.org/explorer/event/b/?embed=1")).toBe("./");
    expect(fullExplorerHref("https://example.org/explorer/event/b/?lang=ar&embed=1")).toBe("./?lang=ar");
  });

  it("opens the full explorer at the same event", () => {
    expect(fullExplorerHref("https://example.org/x/?embed=1#/event/b")).toBe("./#/event/b");
  });
});

describe("embedSnippet", () => {
  const snippet = embedSnippet(page, "b", 'Iran "&" Syria <timeline>');

  it("is an iframe with a title, a height and lazy loading", () => {
    expect(snippet).toContain('<iframe src="https://example.org/explorer/?data=data%2Fother.json&amp;embed=1#/event/b"');
    expect(snippet).toContain('title="Iran &quot;&amp;&quot; Syria &lt;timeline&gt;"');
    expect(snippet).toContain('height="640"');
    expect(snippet).toContain('loading="lazy"');
  });

  it("sizes the iframe only from messages of the explorer's origin", () => {
    expect(snippet).toContain('e.origin !== "https://example.org"');
    expect(snippet).toContain('"timeline:height"');
  });
});
