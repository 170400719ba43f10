import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { changeLog } from "./changeLog";

const bundled = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"));

describe("the change log the feeds and the structured data are written from", () => {
  it("reads the dataset as the app does: events in date order, their pages, text as plain text", () => {
    // The bundled translations would be refused once Persian is named the original: left out here.
    const dataset = JSON.parse(JSON.stringify(bundled, (key, value) => (key === "translations" ? undefined : value)));
    dataset.events[0].summary = [["Read ", { text: "the readout", href: "https://news.example/a" }, "."], ["Second."]];
    dataset.events[0].updates = [{ date: "2024-06-02", kind: "correction", note: "Fixed the date." }];
    dataset.languages = [{ code: "fa" }, { code: "en" }];
    const log = changeLog(JSON.stringify(dataset));
    expect(log).toMatchObject({ title: bundled.title, language: "fa", updated: bundled.updated });
    expect(log.events.map((event) => event.date)).toEqual(log.events.map((event) => event.date).sort());
    const first = log.events.find((event) => event.id === bundled.events[0].id)!;
    expect(first).toMatchObject({
      path: `event/${bundled.events[0].id}/`,
      summary: "Read the readout.\n\nSecond.",
      category: { id: bundled.events[0].category, label: expect.any(String) },
      updates: [{ date: "2024-06-02", kind: "correction", note: "Fixed the date." }],
    });
  });

  it("gives the page's language, English, and no date of change where the dataset names neither", () => {
    const dataset = { ...bundled, updated: undefined };
    const log = changeLog(JSON.stringify(dataset));
    expect(log.language).toBe("en");
    expect(log.updated).toBeNull();
    expect(log.events.every((event) => event.updates.length === 0)).toBe(true);
  });
});
