import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHead, renderSnapshot } from "./renderSnapshot";

const bundled = readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8");

describe("renderSnapshot", () => {
  it("renders the opening view: every event in the timeline preview, nothing selected", () => {
    const html = renderSnapshot(bundled);
    const dataset = JSON.parse(bundled) as { events: { id: string }[] };
    for (const { id } of dataset.events) expect(html).toContain(`data-event-id="${id}"`);
    expect(html).toContain('data-testid="timeline"');
    expect(html).not.toContain('data-testid="event-detail"');
    expect(html).not.toMatch(/ style="/); // the page's CSP allows no inline styles
  });

  it("writes the data's text as text: markup in it stays inert", () => {
    const hostile = JSON.parse(bundled);
    hostile.title = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">';
    hostile.events[0].title = '"><svg onload=alert(1)>';
    const html = renderSnapshot(JSON.stringify(hostile));
    expect(html).not.toMatch(/<script|<img|<svg onload/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("refuses an invalid dataset, naming where", () => {
    let details: string[] = [];
    try {
      renderSnapshot('{"version": 1}');
    } catch (error) {
      details = (error as { details: string[] }).details;
    }
    expect(details.join("\n")).toMatch(/title/);
  });
});

describe("renderHead", () => {
  it("gives the page the dataset's title and description, as text", () => {
    const dataset = JSON.parse(bundled);
    expect(renderHead(bundled)).toBe(`<title>${dataset.title}</title><meta name="description" content="${dataset.description}"/>`);
    dataset.title = "</title><script>alert(1)</script>";
    dataset.description = '"><script>alert(1)</script>';
    const head = renderHead(JSON.stringify(dataset));
    expect(head).not.toMatch(/<script/);
    expect(head.match(/<title>/g)).toHaveLength(1);
  });

  it("leaves the description out when the dataset has none", () => {
    const dataset = JSON.parse(bundled);
    delete dataset.description;
    expect(renderHead(JSON.stringify(dataset))).not.toContain("description");
  });
});
