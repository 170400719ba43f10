import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translator } from "../lib/i18n/i18n";
import { buildIndex } from "./datasetIndex";
import { changeLog, latestEvent, latestUpdate, openingOf, updateKindLabel, updateMark } from "./eventUpdates";
import { parseDataset } from "./readDatasetNow";

const raw = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"));
raw.events[0].updates = [
  { date: "2024-06-01", kind: "update", note: "Added a source." },
  { date: "2024-06-03T10:00:00Z", kind: "correction", note: "The date was wrong." },
];
raw.events[2].updates = [
  { date: "2024-06-02", kind: "clarification", note: "Which Raisi." },
  { date: "2024-06-03T10:00:00Z", kind: "update", note: "Same moment, listed later." },
];
const dataset = parseDataset(JSON.stringify(raw), "test.json");
const index = buildIndex(dataset);

describe("updates", () => {
  it("takes an event's last update as its latest", () => {
    expect(latestUpdate(dataset.events[0]!)?.kind).toBe("correction");
    expect(latestUpdate(dataset.events[1]!)).toBeUndefined();
  });

  it("lists every update of the timeline newest first, a day before the date-times of that day", () => {
    expect(changeLog(index.events).map(({ update }) => update.note)).toEqual([
      "Same moment, listed later.",
      "The date was wrong.",
      "Which Raisi.",
      "Added a source.",
    ]);
  });

  it("says the mark and the kind in each interface language", () => {
    const correction = latestUpdate(dataset.events[0]!)!;
    expect(updateMark(correction, translator("en"), "en")).toBe("Corrected 3 June 2024");
    expect(updateMark(dataset.events[2]!.updates[0]!, translator("en"), "en")).toBe("Clarified 2 June 2024");
    expect(updateMark(correction, translator("fa"), "fa")).toContain("اصلاح‌شده");
    expect(updateKindLabel("update", translator("ar"))).toBe("تحديث");
  });
});

describe("the opening", () => {
  it("takes the address's opening over the dataset's", () => {
    expect(openingOf("whole", "latest")).toBe("latest");
    expect(openingOf("latest", "whole")).toBe("whole");
    expect(openingOf("latest", null)).toBe("latest");
  });

  it("opens on the latest event by the app's date order", () => {
    expect(latestEvent(index.events)?.id).toBe("2024-11-20-pezeshkian-meets-sabbagh");
  });
});
