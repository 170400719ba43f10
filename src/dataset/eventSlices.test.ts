import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "./readDatasetNow";
import { readSlice, writeSlice } from "./eventSlices";

const bundled = parseDataset(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"), "timeline.json");

describe("event slices (worker to page)", () => {
  it("bring every event back as it was: dates as dates, paragraphs with their links", () => {
    const withLinks = {
      ...bundled.events[0]!,
      id: "linked",
      end: bundled.events[1]!.date,
      paragraphs: [["See ", { text: "the report", href: "https://news.example/a" }], ["Second."]],
    };
    const events = [...bundled.events, withLinks];
    const back = readSlice(writeSlice(events));
    expect(back).toEqual(events);
    expect(back[0]!.date.start).toBeInstanceOf(Date);
  });
});
