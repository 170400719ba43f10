import fc from "fast-check";
import { inEnglish } from "../importNotices";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../parse";
import { ID_PATTERN, MAX_ID_BYTES, utf8Length } from "../../lib/ids";
import { fromTimelineJs } from "./timelineJs";
import type { TjsTimeline } from "./timelineJsTypes";

const where = (slide: number, field: string, era?: boolean) => `${era ? "eras" : "events"}[${slide}].${field}`;
const convert = (tjs: TjsTimeline) => fromTimelineJs(tjs, "t.json", "TimelineJS JSON", where);
const slides = (headlines: string[]): TjsTimeline => ({
  events: headlines.map((headline, i) => ({ start_date: { year: 2000 + (i % 20) }, text: { headline } })),
});
const idsOf = (tjs: TjsTimeline) => (convert(tjs).dataset as { events: { id: string }[] }).events.map((e) => e.id);

const SAMPLES = [
  "دیدار در تهران",
  "سفر به دمشق",
  "لقاء الأسد وخامنئي",
  "פגישה בירושלים",
  "Встреча в Дамаске",
  "习近平会见阿萨德",
  "नमस्ते दुनिया",
  "Ｔｅｈｒａｎ　２０２４",
  "می‌شود",
  "Café à Paris",
  "İstanbul",
  "ß Straße",
];

describe("ids made from headlines, in any script", () => {
  it("open the issue's Persian file: two headlines, two ids, both valid", () => {
    const { dataset } = convert(slides(["دیدار در تهران", "سفر به دمشق"]));
    expect(() => validateDataset(dataset, "t.json")).not.toThrow();
    expect((dataset as { events: { id: string }[] }).events.map((e) => e.id)).toEqual(["دیدار-در-تهران", "سفر-به-دمشق"]);
  });

  it("keep each script's letters, normalised and lower-cased where case exists", () => {
    expect(idsOf(slides(["Встреча в Дамаске", "习近平会见阿萨德", "Ｔｅｈｒａｎ　２０２４"]))).toEqual([
      "встреча-в-дамаске",
      "习近平会见阿萨德",
      "tehran-2024",
    ]);
  });

  it("stay TimelineJS's own where it keeps every letter, so its links keep working", () => {
    expect(idsOf(slides(["Café à Paris", "2020 plans"]))).toEqual(["cafe-a-paris", "_2020-plans"]);
  });

  it("keep TimelineJS's id as a former id where they differ", () => {
    const { dataset, report } = convert(slides(["دیدار در تهران", "سفر به دمشق", "Meeting in تهران"]));
    const events = (dataset as { events: { id: string; formerIds?: string[] }[] }).events;
    // TimelineJS's own ids: "-", "--2" (its uniqueness rule on "-"), and "meeting-in-".
    expect(events.map((e) => e.formerIds)).toEqual([["-"], ["--2"], ["meeting-in-"]]);
    expect(events[2]!.id).toBe("meeting-in-تهران");
    expect(report.formerIds).toBe(3);
  });

  it("are unique, valid and stable for any headlines (fast-check)", () => {
    const headline = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.constantFrom(...SAMPLES),
      fc
        .array(fc.constantFrom(...SAMPLES, " ", "-", "_", "#", "/", "%", "?", "\u200c", "\u0301"), { maxLength: 8 })
        .map((parts) => parts.join("")),
      fc.string({ unit: "grapheme", minLength: 150, maxLength: 400 }),
    );
    fc.assert(
      fc.property(fc.array(headline, { minLength: 1, maxLength: 12 }), (headlines) => {
        const ids = idsOf(slides(headlines));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          expect(id).toMatch(ID_PATTERN);
          expect(utf8Length(id)).toBeLessThanOrEqual(MAX_ID_BYTES);
          expect(id.length).toBeLessThanOrEqual(200);
        }
        expect(idsOf(slides(headlines))).toEqual(ids);
        // Text with a NUL or half a surrogate pair is refused whole, whatever its ids.
        if (headlines.every((h) => !/[\p{Cs}\0]/u.test(h)))
          expect(() => validateDataset(convert(slides(headlines)).dataset, "t.json")).not.toThrow();
      }),
      { numRuns: 400 },
    );
  }, 60_000); // CPU-bound: 400 runs of whole conversions; a loaded machine needs more than the default 5 s

  it("make a file's unique_ids fit, counted and noticed", () => {
    const { dataset, report, notices } = convert({
      events: [
        { unique_id: "a b/c", start_date: { year: 2020 }, text: { headline: "x" } },
        { unique_id: "same", start_date: { year: 2021 }, text: { headline: "y" } },
        { unique_id: "same", start_date: { year: 2022 }, text: { headline: "z" } },
      ],
    });
    const ids = (dataset as { events: { id: string }[] }).events.map((e) => e.id);
    expect(ids).toEqual(["a-b-c", "same", "same-2"]);
    expect(report.idsChanged).toEqual(['events[0].unique_id: "a b/c" is "a-b-c" here', 'events[2].unique_id: "same" is "same-2" here']);
    expect(inEnglish(notices).join(" ")).toContain("The unique_id of 2 slides were changed");
  });
});
