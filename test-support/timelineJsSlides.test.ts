import { describe, expect, it } from "vitest";
import { countSlides, parseCsv } from "./timelineJsSlides";

const HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Type";

describe("countSlides", () => {
  it("counts a JSON file's dated events: not its title, eras or undated slides", () => {
    const file = {
      title: { text: { headline: "T" } },
      eras: [{ start_date: { year: -3000 }, end_date: { year: 3000 } }],
      events: [
        { start_date: { year: "1066" }, text: { headline: "a" } },
        { start_date: { year: -44 }, end_date: { year: "1453" }, text: { headline: "b" } },
        { start_date: { month: 5 }, text: { headline: "no year" } },
        { text: { headline: "no date" } },
      ],
    };
    expect(countSlides("f.json", JSON.stringify(file))).toEqual({ count: 2, firstYear: -44, lastYear: 1453 });
  });

  it("reads a sheet as TimelineJS does: the first title row is the title, a later one a slide", () => {
    const sheet = [
      HEADER,
      ',,,,,,,,,"Title, with a comma",x,title',
      "2011,11,1,,,,,,,Second title,,title",
      ",,,,,,,,,,,",
      "2011,10,1,,2011,12,31,,,An era,,era",
      '2012,1,5,10:00,2013,,,,,"Quoted ""word""\nand a line",,',
      ",,,,,,,,,No year,,",
    ].join("\r\n");
    expect(countSlides("s.csv", sheet)).toEqual({ count: 2, firstYear: 2011, lastYear: 2013 });
  });

  it("splits quoted fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b, ""c""\nd",e\n1,2,3')).toEqual([
      ["a", 'b, "c"\nd', "e"],
      ["1", "2", "3"],
    ]);
  });
});
