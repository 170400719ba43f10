import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSnapshot } from "./renderSnapshot";

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

  it("renders an event's page on that event, its links relative to the page", () => {
    const html = renderSnapshot(bundled, "event/2024-05-30-assad-visits-tehran/");
    expect(html).toContain('data-testid="event-detail" data-event-id="2024-05-30-assad-visits-tehran"');
    expect(html).toContain('href="../../event/2021-08-raisi-takes-office/"');
    expect(renderSnapshot(bundled)).toContain('href="./event/2021-08-raisi-takes-office/"');
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
