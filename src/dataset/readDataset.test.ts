import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDataset } from "./readDataset";
import { parseDataset, readDatasetNow } from "./readDatasetNow";
import { slugify } from "./timelineJs/timelineJsIds";
import { inEnglish } from "./importNotices";

const fixture = (name: string) => readFileSync(new URL(`./timelineJs/fixtures/${name}`, import.meta.url), "utf8");
const everyRun = (paragraphs: (string | { text: string; href: string })[][]) => paragraphs.flat();

describe("TimelineJS JSON, as Knight Lab publishes it", () => {
  for (const name of ["twain-marktwain.json", "houston-timeline3.json", "mediatypes-timeline3.json"]) {
    it(`${name} opens as it is: every dated slide an event, its text inert`, () => {
      const raw = JSON.parse(fixture(name));
      const dated = raw.events.filter((slide: { start_date?: unknown }) => slide.start_date);
      const dataset = parseDataset(fixture(name), name);
      expect(readDatasetNow(fixture(name), name).format).toBe("TimelineJS JSON");
      expect(dataset.events).toHaveLength(dated.length);
      for (const event of dataset.events) {
        expect(event.title).not.toMatch(/<\/?[a-z][^>]*>/i);
        for (const run of everyRun(event.paragraphs)) {
          const text = typeof run === "string" ? run : run.text;
          expect(text).not.toMatch(/<\/?(p|a|b|i|em|strong|br|span|div)\b[^>]*>/i);
          if (typeof run !== "string") expect(run.href).toMatch(/^https?:\/\//);
        }
      }
    });
  }

  it("keeps TimelineJS's ids: unique_id where given, else the headline's slug", () => {
    const raw = JSON.parse(fixture("twain-marktwain.json"));
    const dataset = parseDataset(fixture("twain-marktwain.json"), "twain.json");
    const ids = dataset.events.map((e) => e.id);
    for (const slide of raw.events) {
      const expected = slide.unique_id || slugify(slide.text?.headline ?? "");
      if (expected) expect(ids).toContain(expected);
    }
    // Its title slide has no headline: the first words of its text title it.
    expect(dataset.title).toMatch(/^Samuel Langhorne Clemens \(November 30, 1835/);
  });
});

describe("TimelineJS's spreadsheet, as CSV", () => {
  for (const name of ["women_in_computing.csv", "my-own-timeline.csv"]) {
    it(`${name} opens as it is`, () => {
      const dataset = parseDataset(fixture(name), name);
      expect(readDatasetNow(fixture(name), name).format).toBe("TimelineJS spreadsheet (CSV)");
      expect(dataset.events.length).toBeGreaterThan(3);
      for (const event of dataset.events) expect(event.title).not.toMatch(/<[a-z]/i);
    });
  }

  it("reads the title row, eras, groups, the time column and a byte-order mark", () => {
    const csv = [
      "\uFEFFYear,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background",
      ',,,,,,,,,My "quoted" timeline,"<p>First, a line</p><p>then <a href=""https://example.org/a"">a link</a> and <a href=""javascript:alert(1)"">no link</a></p>",,,,,,title,,',
      "2020,5,30,2:05 pm,,,,,,Meeting,Text,https://elsewhere.example/photo.jpg,Credit,Caption,,A photo,,Diplomacy,",
      '2020,6,,,,,,,Summer 2020,"Line one\nline two",,,,,,,,Diplomacy,',
      "2019,,,,2021,,,,,The era,,,,,,,era,,",
      "-500,,,,,,,,,Ancient,,,,,,,,Old,",
    ].join("\n");
    const dataset = parseDataset(csv, "sheet.csv");
    expect(dataset.title).toBe('My "quoted" timeline');
    expect(dataset.description).toBe("First, a line\n\nthen a link and no link");
    const [ancient, meeting, summer] = [...dataset.events].sort((a, b) => a.date.start.getTime() - b.date.start.getTime());
    expect(meeting!.date.text).toBe("2020-05-30T14:05");
    expect(meeting!.media).toMatchObject({
      url: "https://elsewhere.example/photo.jpg",
      alt: "A photo",
      caption: "Caption",
      credit: "Credit",
    });
    expect(summer!.displayDate).toBe("Summer 2020");
    expect(summer!.title).toBe("Line one line two");
    expect(ancient!.date.text).toBe("-0500");
    expect(dataset.categories.map((c) => c.label)).toEqual(["Diplomacy", "Old"]);
    expect(dataset.periods).toMatchObject([{ label: "The era" }]);
  });

  it("names the row and the column of what is wrong, and imports nothing", () => {
    const header = "Year,Month,Day,Time,Headline,Text";
    expect(() => parseDataset(`${header}\n2020,5,1,,Fine,x\n2020,5,1,,Smith, Jones meet,text`, "s.csv")).toThrow(
      /row 3: it has 7 fields but the header has 6/,
    );
    expect(() => parseDataset(`${header}\n2020,2,30,,Impossible,x`, "s.csv")).toThrow(/row 2, column "Year": .*not a date that exists/);
    expect(() => parseDataset(`${header}\n2020,May,1,,Month as a word,x`, "s.csv")).toThrow(
      /row 2, column "Month": "May" is not a whole number/,
    );
    expect(() => parseDataset(`${header}\n2020,5,1,25:00,Late,x`, "s.csv")).toThrow(/row 2, column "Time"/);
    expect(() => parseDataset("Month,Day,Text\n5,1,x", "s.csv")).toThrow(/lacks the columns "Year", "Headline"/);
    expect(() => parseDataset("Year,Headline\n2020,Caf\uFFFD", "s.csv")).toThrow(/not UTF-8 text/);
  });
});

describe("what it is not", () => {
  it("says so, and which formats it reads", () => {
    expect(() => parseDataset('{"rows": []}', "other.json")).toThrow(/neither a timeline dataset nor a TimelineJS file.*"Dataset format"/);
    expect(() => parseDataset("Just some words.", "notes.txt")).toThrow(
      /not in a format this explorer reads.*TimelineJS JSON.*TimelineJS's spreadsheet/,
    );
    expect(() => parseDataset("<!doctype html><html><body>Site</body></html>", "data/missing.json")).toThrow(
      /There is no dataset at data\/missing.json: the server answered with a web page/,
    );
  });

  it("reads the cosmological scale: years alone beyond a date's, every date on the timeline's one scale", () => {
    const cosmic = {
      events: [
        { start_date: { year: -13_800_000_000 }, text: { headline: "Big Bang" } },
        { start_date: { year: 2000, month: 1, day: 1 }, text: { headline: "Today" } },
      ],
    };
    const dataset = parseDataset(JSON.stringify(cosmic), "cosmo.json");
    expect(dataset.events.map((event) => [event.date.text, event.date.scale])).toEqual([
      ["-13800000000", 1_000_000],
      ["2000-01-01", 1_000_000],
    ]);
    expect(() => parseDataset(JSON.stringify({ events: [{ start_date: { year: -13_800_000_000, month: 5 } }] }), "c.json")).toThrow(
      /events\[0\]\.start_date\.month: the year -13800000000 is beyond a calendar's.*leave out the month/,
    );
  });

  it("leaves out slides without a start date, and says how many", () => {
    const tjs = { events: [{ start_date: { year: 2020 }, text: { headline: "Dated" } }, { text: { headline: "Undated" } }] };
    const { dataset, notices } = readDatasetNow(JSON.stringify(tjs), "t.json");
    expect(dataset.events.map((e) => e.title)).toEqual(["Dated"]);
    expect(inEnglish(notices).join(" ")).toMatch(/1 slide without a start date was left out/);
    // Said beside the dataset, not in it: its own notes are its author's.
    expect(dataset.notes).toEqual([]);
  });
});

describe("TimelineJS's own weak spots stay inert here", () => {
  it("display dates, entity-encoded groups and javascript: media are text, never markup or links", () => {
    const tjs = {
      events: [
        {
          start_date: { year: 2020, display_date: "<img src=x onerror=alert(1)>2020" },
          text: {
            headline: "<script>alert(2)</script>Headline",
            text: '<a href="javascript:alert(3)">click</a> <a href="data:text/html,x">data</a>',
          },
          group: "&lt;img src=x onerror=alert(4)&gt;",
          media: { url: "javascript:alert(5)", caption: "<b onmouseover=alert(6)>cap</b>", link: "javascript:alert(7)" },
        },
      ],
    };
    const [event] = parseDataset(JSON.stringify(tjs), "evil.json").events;
    expect(event!.title).toBe("Headline");
    expect(event!.displayDate).toBe("2020");
    expect(event!.paragraphs).toEqual([["click data"]]);
    expect(event!.media).toMatchObject({ url: null, caption: "cap", link: null });
    const dataset = parseDataset(JSON.stringify(tjs), "evil.json");
    expect(dataset.categories[0]!.label).toBe("<img src=x onerror=alert(4)>");
  });

  it("refuses a native file's non-http link", () => {
    const native = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"));
    native.events[0].summary = [["See ", { text: "this", href: "javascript:alert(1)" }]];
    expect(() => parseDataset(JSON.stringify(native), "n.json")).toThrow(/does not match/);
  });
});

describe("one step past the tested path", () => {
  it("refuses a file that is not UTF-8, in any format", () => {
    const cafe = new Uint8Array([
      ...new TextEncoder().encode('{"events":[{"start_date":{"year":2020},"text":{"headline":"Caf'),
      0xe9,
      ...new TextEncoder().encode('"}}]}'),
    ]);
    expect(() => decodeDataset(cafe, "w1252.json")).toThrow(/w1252\.json is not UTF-8 text/);
    expect(decodeDataset(new TextEncoder().encode("Café"), "ok.json")).toBe("Café");
  });

  it("names a few of a wide sheet's columns, not all of them", () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `Column ${i}`).join(",");
    let message = "";
    try {
      parseDataset(`${header}\n${"x,".repeat(9_999)}x`, "wide.csv");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/lacks the columns "Year", "Headline".*and 9990 more/);
    expect(message.length).toBeLessThan(1000);
  });

  it("leaves a background colour out, and keeps a background image as media", () => {
    const slide = (background: unknown) => ({ start_date: { year: 2020 }, text: { headline: "Slide" }, background });
    const tjs = {
      events: [
        slide({ color: "rgb(10, 20, 30)" }),
        slide("rgb(10, 20, 30)"),
        slide({ url: "hsl(1 2% 3%)" }),
        slide({ url: "media/back.png" }),
      ],
    };
    const media = parseDataset(JSON.stringify(tjs), "bg.json").events.map((e) => e.media?.url ?? null);
    expect(media).toEqual([null, null, null, "media/back.png"]);
  });
});
