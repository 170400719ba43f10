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

  it("renders a timeline that opens on the latest with its latest event selected, in its page and its embed", () => {
    const latest = JSON.parse(bundled);
    latest.opening = "latest";
    const last = latest.events.find((e: { id: string }) => e.id === "2024-11-20-pezeshkian-meets-sabbagh");
    last.updates = [{ date: "2024-11-21", kind: "correction", note: "The minister's name was misspelt." }];
    for (const address of ["", "?embed=1"]) {
      const html = renderSnapshot(JSON.stringify(latest), address);
      expect(html).toContain('data-testid="event-detail" data-event-id="2024-11-20-pezeshkian-meets-sabbagh"');
      expect(html).toMatch(
        /aria-current="true"[^>]*data-event-id="2024-11-20-pezeshkian-meets-sabbagh"|data-event-id="2024-11-20-pezeshkian-meets-sabbagh"[^>]*aria-current="true"/,
      );
      expect(html).toContain("Corrected 21 November 2024");
    }
    // An event's own page stays on its event.
    expect(renderSnapshot(JSON.stringify(latest), "event/2021-08-raisi-takes-office/")).toContain(
      'data-testid="event-detail" data-event-id="2021-08-raisi-takes-office"',
    );
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
