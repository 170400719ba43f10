import { describe, expect, it } from "vitest";
import { parseDataset, readDatasetNow } from "../readDatasetNow";
import { inEnglish } from "../importNotices";

const HEADER =
  "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background";

describe("every slide TimelineJS shows is an event here", () => {
  it("reads a sheet's second title row as a slide, as TimelineJS 3.9.11 does, and says so", () => {
    const csv = [
      HEADER,
      ",,,,,,,,,First title,Intro,,,,,,title,,",
      "2020,,,,,,,,,A slide,Text,,,,,,,,",
      "2021,,,,,,,,,Second title,More,,,,,,title,,",
    ].join("\n");
    const { dataset, report, notices } = readDatasetNow(csv, "sheet.csv");
    expect(dataset.title).toBe("First title");
    expect(dataset.events.map((e) => e.title).sort()).toEqual(["A slide", "Second title"]);
    expect(report!.titlesDemoted).toEqual(["sheet.csv, row 4"]);
    expect(inEnglish(notices).join(" ")).toContain("more than one title row: the first is the title, and the other is read as a slide");
  });

  it("links protocol-relative media as https, and counts what it leaves out", () => {
    const tjs = {
      events: [
        {
          start_date: { year: 2020 },
          text: { headline: "Picture" },
          media: { url: "//upload.wikimedia.org/a.jpg", thumbnail: "//upload.wikimedia.org/t.jpg" },
        },
        { start_date: { year: 2021 }, text: { headline: "Tweet" }, media: { url: "//twitter.com/someone/status/1" } },
        { start_date: { year: 2022 }, text: { headline: "Embed" }, media: { url: '<iframe src="https://example.org"></iframe>' } },
        { start_date: { year: 2023 }, text: { headline: "Hostile" }, media: { url: "//user:pw@evil.example/x" } },
      ],
    };
    const { dataset, report, notices } = readDatasetNow(JSON.stringify(tjs), "t.json");
    const media = new Map(dataset.events.map((e) => [e.title, e.media]));
    expect(media.get("Picture")).toMatchObject({
      url: "https://upload.wikimedia.org/a.jpg",
      thumbnail: "https://upload.wikimedia.org/t.jpg",
    });
    expect(media.get("Tweet")!.url).toBe("https://twitter.com/someone/status/1");
    expect(media.get("Embed")!.url).toBeNull();
    expect(media.get("Hostile")!.url).toBeNull();
    expect(report!.mediaLinked).toBe(2);
    expect(report!.mediaDropped).toEqual(["t.json, events[2].media.url", "t.json, events[3].media.url"]);
    expect(inEnglish(notices).join(" ")).toContain("The media of 2 slides were left out");
  });

  it("gives a slide without text no summary, rather than its headline again", () => {
    const tjs = { events: [{ start_date: { year: 2020 }, text: { headline: "Only a headline" } }] };
    const [event] = parseDataset(JSON.stringify(tjs), "t.json").events;
    expect(event!.title).toBe("Only a headline");
    expect(event!.summary).toBe("");
    expect(event!.paragraphs).toEqual([]);
  });

  it("says what TimelineJS draws that this explorer does not, and that media on other sites are links", () => {
    const tjs = {
      events: [
        { start_date: { year: 1604 }, text: { headline: "One" }, background: { color: "#0a141e" }, location: { lat: 1, lon: 2 } },
        { start_date: { year: 1605 }, text: { headline: "Two" }, type: "overview", location: { lat: 3, lon: 4 } },
        { start_date: { year: 1606 }, text: { headline: "Three" }, media: { url: "https://example.org/a.jpg" } },
      ],
    };
    const { report, notices } = readDatasetNow(JSON.stringify(tjs), "t.json");
    expect(report!.notRead).toEqual({ "background colour": 1, location: 2, type: 1 });
    const notes = inEnglish(notices)
      .join(" ")
      .replace(/[\u2068\u2069]/g, "");
    expect(notes).toContain("1 picture or other media is on other sites: each is a link to where it lives");
    expect(notes).toContain(
      "Not drawn here, as this explorer does not draw them: background colour (1 slide), location (2 slides), type (1 slide).",
    );
  });
});
