import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharePages } from "./sharePages";

const bundled = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"));

/** The bundled dataset in its original language alone, with `change` made to a copy. */
function pagesOf(change: (dataset: typeof bundled) => void) {
  const dataset = JSON.parse(JSON.stringify(bundled, (key, value) => (key === "translations" ? undefined : value)));
  change(dataset);
  return sharePages(JSON.stringify(dataset));
}
const eventPage = (pages: ReturnType<typeof sharePages>, id: string) => pages.find((page) => page.kind === "event" && page.id === id)!;

describe("an event page's article:published_time", () => {
  const [first, second] = bundled.events as { id: string; date: string }[];

  it("is when the event was published, as the feeds say: its own, else the timeline's, else its last change", () => {
    const pages = pagesOf((dataset) => {
      dataset.published = "2024-06-01T08:00:00Z";
      dataset.updated = "2024-12-01T08:00:00Z";
      dataset.events[0].published = "2024-11-21T09:30:00+01:00";
      dataset.events[1].published = null;
    });
    expect(eventPage(pages, first!.id).published).toBe("2024-11-21T09:30:00+01:00");
    expect(eventPage(pages, second!.id).published).toBe("2024-06-01T08:00:00Z");
    const updatedOnly = pagesOf((dataset) => {
      dataset.published = null;
      dataset.updated = "2024-12-01T08:00:00Z";
      dataset.events[1].published = null;
    });
    expect(eventPage(updatedOnly, second!.id).published).toBe("2024-12-01T08:00:00Z");
  });

  it("is never the day the event happened, and is absent where the dataset says nothing of publication", () => {
    const pages = pagesOf((dataset) => {
      dataset.published = null;
      delete dataset.updated;
      for (const event of dataset.events) event.published = null;
    });
    expect(pages.filter((page) => page.kind === "event").length).toBeGreaterThanOrEqual(bundled.events.length);
    for (const page of pages) expect(page.published).toBeNull();
  });
});
