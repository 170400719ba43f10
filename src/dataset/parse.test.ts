import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildIndex } from "./datasetIndex";
import { DatasetError } from "./datasetError";
import { validateDataset } from "./parse";
import { parseDataset } from "./readDatasetNow";
import { problemsOf } from "../../test-support/datasetProblems";

const bundledText = readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8");

function minimal() {
  return {
    version: 1,
    title: "T",
    categories: [{ id: "diplomacy", label: "Diplomacy" }],
    sources: [{ id: "s1", outlet: null, title: null, published: null, summary: "S", quotes: [{ id: "q1", speaker: "A", text: "Q" }] }],
    events: [
      { id: "e1", date: "2024-05-30", title: "E1", summary: "S", category: "diplomacy", sources: [{ source: "s1", quotes: ["q1"] }] },
      { id: "e2", date: "2020-07", title: "E2", summary: "S", category: "diplomacy", sources: [{ source: "s1" }] },
    ],
  };
}

describe("a dataset that names no language", () => {
  const written = (title: string, eventTitle: string, languages?: { code: string }[]) => {
    const data = minimal();
    data.title = title;
    data.events[0]!.title = eventTitle;
    data.events[1]!.title = eventTitle;
    return validateDataset(languages ? { ...data, languages } : data, "t.json");
  };

  it("is in the language its script says (as a TimelineJS import is), not English", () => {
    expect(written("מלחמת יום הכיפורים", "פרוץ המלחמה").languages).toEqual([expect.objectContaining({ code: "he" })]);
    expect(written("گاه‌شمار", "دیدار در تهران").languages[0]?.code).toBe("fa");
  });

  it("stays as it was where the script says nothing (Latin) or the dataset names its languages", () => {
    expect(written("The war", "It begins").languages).toEqual([]);
    expect(written("מלחמה", "פרוץ", [{ code: "yi" }]).languages[0]?.code).toBe("yi");
  });
});

describe("parseDataset", () => {
  it("accepts a minimal dataset and fills the optional fields", () => {
    const dataset = parseDataset(JSON.stringify(minimal()), "test.json");
    expect(dataset.events[1]!.end).toBeNull();
    expect(dataset.events[1]!.date.precision).toBe("month");
    expect(dataset.events[1]!.sources[0]!.quotes).toEqual([]);
  });

  it("names the file and the position of malformed JSON", () => {
    expect(() => parseDataset('{\n  "version": 1,\n  oops\n}', "data/bad.json")).toThrow(/data\/bad\.json is not valid JSON: .*line 3/);
  });

  it("says an empty file is empty, and a non-object is the wrong type", () => {
    expect(() => parseDataset("  \n", "a.json")).toThrow("The dataset a.json is empty.");
    expect(() => parseDataset("[1, 2]", "a.json")).toThrow(/must be a JSON object .* it is an array/);
  });

  it("reports schema violations with their paths", () => {
    const data = minimal();
    (data.events[1] as Record<string, unknown>).date = "2024-13-40";
    delete (data.events[0] as Record<string, unknown>).title;
    const problems = problemsOf(data);
    expect(problems).toContain(
      'events[1].date: "2024-13-40" is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (a negative year for BCE, e.g. -0500; a year beyond ±271,820 alone, e.g. -13800000000)',
    );
    expect(problems.some((p) => p.startsWith("events[0].title:"))).toBe(true);
  });

  it("refuses free-text dates", () => {
    const data = minimal();
    data.events[0]!.date = "May 2024";
    expect(problemsOf(data)[0]).toMatch(/^events\[0\]\.date: "May 2024" is not a date/);
  });

  it("reports duplicate ids with both places", () => {
    const data = minimal();
    data.events[1]!.id = "e1";
    expect(problemsOf(data)).toEqual(['events[1].id: duplicate id "e1" (also at events[0])']);
  });

  it("reports dangling source, quote and category references", () => {
    const data = minimal();
    data.events[0]!.sources = [
      { source: "nope", quotes: [] },
      { source: "s1", quotes: ["q9"] },
    ];
    data.events[1]!.category = "weather";
    expect(problemsOf(data)).toEqual([
      'events[0].sources[0].source: no source has the id "nope"',
      'events[0].sources[1].quotes[0]: source "s1" has no quote "q9"',
      'events[1].category: "weather" is not one of the categories',
    ]);
  });

  it("refuses an event citing nothing", () => {
    const data = minimal();
    data.events[1]!.sources = [];
    expect(problemsOf(data)).toEqual(["events[1].sources: must cite at least one source"]);
  });

  it("refuses an end before the start", () => {
    const data = minimal();
    Object.assign(data.events[0]!, { end: "2023" });
    expect(problemsOf(data)).toEqual(["events[0].end: 2023 is before the start date 2024-05-30"]);
  });

  it("refuses ids that are not URL-safe", () => {
    const data = minimal();
    data.events[0]!.id = "<script>alert(1)</script>";
    expect(problemsOf(data)[0]).toMatch(/^events\[0\]\.id: must use only letters/);
  });
});

describe("periods", () => {
  const period = { id: "p1", label: "P", start: "2021-08", end: "2024-05-19", sources: [{ source: "s1" }] };

  it("are optional, and validated like events when present", () => {
    expect(parseDataset(JSON.stringify(minimal()), "t.json").periods).toEqual([]);
    const ok = parseDataset(JSON.stringify({ ...minimal(), periods: [period, { ...period, id: "p2", end: null }] }), "t.json");
    expect(ok.periods[0]!.end!.precision).toBe("day");
    expect(ok.periods[1]!.end).toBeNull();
  });

  it("refuse an end before the start, dangling references and duplicate ids", () => {
    const data = {
      ...minimal(),
      periods: [
        { ...period, end: "2020" },
        { ...period, sources: [{ source: "s1", quotes: ["q7"] }], category: "x" },
      ],
    };
    expect(problemsOf(data)).toEqual([
      'periods[1].id: duplicate id "p1" (also at periods[0])',
      "periods[0].end: 2020 is before the start date 2021-08",
      'periods[1].category: "x" is not one of the categories',
      'periods[1].sources[0].quotes[0]: source "s1" has no quote "q7"',
    ]);
  });
});

describe("the bundled dataset", () => {
  const index = buildIndex(parseDataset(bundledText, "data/timeline.json"));

  it("holds the seven events of the contract", () => {
    for (const id of [
      "2020-01-03-soleimani-killed",
      "2020-07-iran-syria-military-agreement",
      "2021-08-raisi-takes-office",
      "2024-04-01-damascus-consulate-strike",
      "2024-05-19-helicopter-crash",
      "2024-05-30-assad-visits-tehran",
      "2024-11-20-pezeshkian-meets-sabbagh",
    ]) {
      expect(index.eventById.has(id), id).toBe(true);
    }
  });

  it("orders events by date and indexes events by source", () => {
    const dates = index.events.map((e) => e.date.start.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(index.eventsBySource.get("background-report-assad-tehran")!.length).toBeGreaterThan(3);
  });

  it("cites all five source articles, the 30 May meeting from four of them", () => {
    expect(index.dataset.sources.map((s) => s.file).sort()).toEqual([
      "000_3e773d43f7b186a6.txt",
      "001_ce15dd790e8c858d.txt",
      "002_f7d7b7c36e574be3.txt",
      "003_5d9eb7fabbcb7531.txt",
      "004_0c9684f6eb059610.txt",
    ]);
    expect(index.eventById.get("2024-05-30-assad-visits-tehran")!.sources).toHaveLength(4);
  });
});

describe("malformed text", () => {
  it("refuses lone surrogates and NULs, naming where they are", () => {
    for (const bad of ["Assad \uD800 meets", "\uDC00", "a\u0000b"]) {
      const data = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"));
      data.events[2].title = bad;
      expect(() => validateDataset(data, "bad.json"), JSON.stringify(bad)).toThrow(/bad\.json holds text that cannot be shown/);
      try {
        validateDataset(data, "bad.json");
      } catch (error) {
        expect((error as DatasetError).details).toEqual(["events[2].title: malformed text"]);
      }
    }
  });

  it("names every malformed value and key by its own path", () => {
    const data = JSON.parse(bundledText);
    data.events[1].actors = ["ok", "bad\uD800"];
    data.events[3]["k\u0000"] = "x";
    data.sources[0].quotes[0].speaker = "\uDFFF";
    expect(() => validateDataset(data, "bad.json")).toThrow(DatasetError);
    try {
      validateDataset(data, "bad.json");
    } catch (error) {
      expect((error as DatasetError).details).toEqual([
        "sources[0].quotes[0].speaker: malformed text",
        "events[1].actors[1]: malformed text",
        'events[3]["k\\u0000"]: malformed text',
      ]);
    }
  });

  it("keeps well-formed text from any plane", () => {
    const data = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"));
    data.events[2].title = "Talks 🤝 in Tehran — \u202Eevil";
    expect(validateDataset(data, "ok.json").events.find((e) => e.id === data.events[2].id)?.title).toBe(data.events[2].title);
  });
});
