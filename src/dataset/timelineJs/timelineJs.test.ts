import { describe, expect, it } from "vitest";
import { fromTimelineJs } from "./timelineJs";
import { nativeDate } from "./timelineJsDates";
import type { TjsTimeline } from "./timelineJsTypes";

const at = (part?: string) => `events[0].start_date${part ? `.${part}` : ""}`;
const where = (slide: number, field: string, era?: boolean) => `${era ? "eras" : "events"}[${slide}].${field}`;
const noticesOf = (tjs: TjsTimeline) => fromTimelineJs(tjs, "t.json", "TimelineJS JSON", where).notices;
const convert = (tjs: TjsTimeline) => fromTimelineJs(tjs, "t.json", "TimelineJS JSON", where).dataset as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the native JSON, read field by field

describe("TimelineJS dates", () => {
  it("keep their precision, numbers or strings", () => {
    expect(nativeDate({ year: 2020 }, at)).toBe("2020");
    expect(nativeDate({ year: "2020", month: "7" }, at)).toBe("2020-07");
    expect(nativeDate({ year: 2024, month: 5, day: 30 }, at)).toBe("2024-05-30");
    expect(nativeDate({ year: 2024, month: 5, day: 30, hour: 14 }, at)).toBe("2024-05-30T14:00");
    expect(nativeDate({ year: 2024, month: 5, day: 30, hour: "9", minute: "5", second: "7" }, at)).toBe("2024-05-30T09:05:07");
    expect(nativeDate({ year: 800 }, at)).toBe("0800");
    expect(nativeDate({ year: -500 }, at)).toBe("-0500");
    expect(nativeDate({ year: " 1999 ", month: "", day: "" }, at)).toBe("1999");
    expect(nativeDate({ year: "-13800000000" }, at)).toBe("-13800000000");
    expect(nativeDate({ year: 300_000 }, at)).toBe("300000");
  });

  it("say what is wrong, and where", () => {
    expect(() => nativeDate({ month: 5 }, at)).toThrow("events[0].start_date.year: a date needs a year");
    expect(() => nativeDate({ year: "20x0" }, at)).toThrow('events[0].start_date.year: "20x0" is not a whole number');
    expect(() => nativeDate({ year: 2023, month: 2, day: 29 }, at)).toThrow(
      "events[0].start_date: year 2023, month 2, day 29 is not a date that exists",
    );
    expect(() => nativeDate({ year: 2023, month: 13 }, at)).toThrow("not a date that exists");
    expect(() => nativeDate({ year: -4_600_000_000, month: 1 }, at)).toThrow(/start_date.month: .*a year alone/);
    expect(() => nativeDate({ year: "-10000000000000" }, at)).toThrow(/start_date.year: .*beyond the ±999,999,999,999 years/);
  });
});

describe("a TimelineJS timeline", () => {
  const slide = (headline: string, year = 2020, extra = {}) => ({ start_date: { year }, text: { headline }, ...extra });

  it("takes its ids as TimelineJS does: unique_id, else the headline's slug, duplicates numbered, the title's reserved", () => {
    const dataset = convert({
      title: { text: { headline: "Meeting" } },
      events: [
        slide("Meeting"),
        slide("Meeting"),
        slide("Other", 2021, { unique_id: "given-id" }),
        slide(""),
        slide("2020 plans"),
        slide("Other"),
      ],
    });
    expect(dataset.events.map((e: { id: string }) => e.id)).toEqual([
      "meeting-2",
      "meeting-3",
      "given-id",
      "event-4",
      "_2020-plans",
      "other",
    ]);
  });

  // TimelineJS slugs the raw headline, markup and all: "<b>First</b> era" is "bfirst-b-era".
  it("makes groups categories in order of appearance, and eras periods", () => {
    const dataset = convert({
      events: [
        slide("A", 2020, { group: "Politics" }),
        slide("B", 2021, { group: " War " }),
        slide("C", 2022, { group: "Politics" }),
        slide("D", 2023),
      ],
      eras: [
        { start_date: { year: 2019 }, end_date: { year: 2021 }, text: { headline: "<b>First</b> era" } },
        { start_date: { year: 2022 }, text: { headline: "No end" } },
      ],
    });
    expect(dataset.categories).toEqual([
      { id: "politics", label: "Politics" },
      { id: "war", label: "War" },
      { id: "ungrouped", label: "Other" },
    ]);
    expect(dataset.events.map((e: { category: string }) => e.category)).toEqual(["politics", "war", "politics", "ungrouped"]);
    expect(dataset.periods).toMatchObject([{ id: "bfirst-b-era", label: "First era", start: "2019", end: "2021" }]);
  });

  it("keeps ranges, drops an end equal to the start, and refuses one before it", () => {
    const dataset = convert({
      events: [
        { start_date: { year: 2020, month: 1 }, end_date: { year: 2020, month: 3 }, text: { headline: "Range" } },
        { start_date: { year: 2020 }, end_date: { year: "2020" }, text: { headline: "Same" } },
      ],
    });
    expect(dataset.events.map((e: { end: string | null }) => e.end)).toEqual(["2020-03", null]);
    expect(() => convert({ events: [{ start_date: { year: 2021 }, end_date: { year: 2020 }, text: { headline: "Backwards" } }] })).toThrow(
      "events[0].end_date: 2020 is before the start date 2021",
    );
  });

  it("keeps media: caption and credit as text with links, other sites' media as links", () => {
    const [event] = convert({
      events: [
        slide("With media", 2020, {
          media: {
            url: "https://elsewhere.example/a.jpg",
            caption: 'A <a href="https://example.org/c">caption</a>',
            credit: "<i>Photographer</i>",
            alt: "A view",
            link: "https://example.org/l",
          },
        }),
      ],
    }).events;
    expect(event.media).toEqual({
      url: "https://elsewhere.example/a.jpg",
      caption: [["A ", { text: "caption", href: "https://example.org/c" }]],
      credit: "Photographer",
      alt: "A view",
      thumbnail: null,
      link: "https://example.org/l",
    });
    const [embed] = convert({ events: [slide("Embed", 2020, { media: { url: '<iframe src="https://x.example"></iframe>' } })] }).events;
    expect(embed.media.url).toBeNull();
  });

  it("treats a background image as media, and leaves a background colour out", () => {
    const events = convert({
      events: [
        slide("Image", 2020, { background: { url: "https://elsewhere.example/bg.jpg", color: "#123456" } }),
        slide("Colour", 2021, { background: { color: "#123456" } }),
        slide("Both", 2022, { background: { url: "https://elsewhere.example/bg.jpg" }, media: { url: "https://elsewhere.example/m.jpg" } }),
      ],
    }).events;
    expect(events.map((e: { media: { url: string } | null }) => e.media?.url ?? null)).toEqual([
      "https://elsewhere.example/bg.jpg",
      null,
      "https://elsewhere.example/m.jpg",
    ]);
  });

  it("titles a slide without a headline from its text, or its date", () => {
    const dataset = convert({
      events: [{ start_date: { year: 2020 }, text: { text: "<p>Only text here.</p>" } }, { start_date: { year: 2021 } }],
    });
    expect(dataset.events.map((e: { title: string }) => e.title)).toEqual(["Only text here.", "Untitled event, 2021"]);
  });
});

describe("a TimelineJS timeline's language", () => {
  const slides = (...headlines: string[]): TjsTimeline => ({
    title: { text: { headline: headlines[0] } },
    events: headlines.slice(1).map((headline, i) => ({ start_date: { year: 2000 + i }, text: { headline } })),
  });

  it("is the one its script says, written into the dataset and said in its notes", () => {
    const hebrew = slides("מלחמת העצמאות", "הכרזת המדינה", "הסכמי שביתת הנשק");
    const dataset = convert(hebrew);
    expect(dataset.languages).toEqual([{ code: "he" }]);
    expect(noticesOf(hebrew).at(-1)).toEqual({ code: "language", language: "he" });
    expect(convert(slides("我的回忆", "北京大学")).languages).toEqual([{ code: "zh" }]);
    expect(convert(slides("دیدار در تهران", "سفر به دمشق")).languages).toEqual([{ code: "fa" }]);
  });

  it("names the category of slides without a group in it, where the app speaks it", () => {
    const grouped = (...headlines: string[]): TjsTimeline => ({
      ...slides(...headlines),
      events: [...slides(...headlines).events!, { start_date: { year: 2010 }, text: { headline: headlines[1] }, group: "گروه" }],
    });
    expect(convert(grouped("دیدار در تهران", "گزارش یک دیدار")).categories.at(-1)).toEqual({ id: "ungrouped", label: "سایر" });
    expect(convert(slides("دیدار در تهران", "سفر به دمشق")).categories).toEqual([{ id: "ungrouped", label: "رویدادها" }]);
    expect(convert(slides("زيارة إلى طهران", "رحلة إلى دمشق")).categories).toEqual([{ id: "ungrouped", label: "أحداث" }]);
  });

  it("is left unnamed where the script says nothing (Latin), as before", () => {
    const latin = slides("The Hundred Years' War", "Crécy");
    expect(convert(latin).languages).toBeUndefined();
    expect(noticesOf(latin).map((notice) => notice.code)).not.toContain("language");
  });
});
