import { describe, expect, it } from "vitest";
import {
  machineDate,
  formatAxisTick,
  formatDateRange,
  formatDateText,
  formatPartialDate,
  formatPeriodDates,
  isBefore,
  onScale,
  parsePartialDate,
} from "./dates";

describe("parsePartialDate", () => {
  it("reads each precision from the string's shape", () => {
    expect(parsePartialDate("2020")?.precision).toBe("year");
    expect(parsePartialDate("2020-07")?.precision).toBe("month");
    expect(parsePartialDate("2024-05-30")?.precision).toBe("day");
  });

  it("spans the whole period it names", () => {
    const month = parsePartialDate("2020-07")!;
    expect(month.start).toEqual(new Date(2020, 6, 1));
    expect(month.end).toEqual(new Date(2020, 7, 1));
    const year = parsePartialDate("2021")!;
    expect(year.end).toEqual(new Date(2022, 0, 1));
  });

  it.each([
    "2024-13-40",
    "2024-13",
    "2024-00",
    "2024-02-30",
    "2023-02-29",
    "May 2024",
    "24-05-30",
    "2024-5-30",
    "",
    " 2024",
    "2024-05-30T24:00",
    "2024-05-30T12:60",
    "2024-05-30T12",
    "2024-05T12:00",
    "-0000",
    "-500",
    // Beyond the years a JavaScript date holds, only a year alone; nor more than twelve digits.
    "-275000-01",
    "300000-06-01",
    "-1000000000000",
  ])("refuses %j", (text) => expect(parsePartialDate(text)).toBeNull());

  it("reads a time of day, to the minute or the second, and years before the common era", () => {
    const minute = parsePartialDate("2024-05-30T14:05")!;
    expect(minute.precision).toBe("minute");
    expect(minute.end.getTime() - minute.start.getTime()).toBe(60_000);
    expect(formatPartialDate(minute)).toBe("30 May 2024, 14:05");
    expect(formatPartialDate(parsePartialDate("2024-05-30T09:05:07")!)).toBe("30 May 2024, 09:05:07");
    const bce = parsePartialDate("-0500")!;
    expect(bce.start.getFullYear()).toBe(-500);
    expect(formatPartialDate(bce)).toBe("500 BCE");
    expect(formatPartialDate(parsePartialDate("-0044-03-15")!)).toBe("15 March 44 BCE");
    expect(formatPartialDate(parsePartialDate("0800")!)).toBe("800");
  });

  it("reads a year beyond a JavaScript date's as deep time, a year alone, and writes it as a reader says it", () => {
    const bigBang = parsePartialDate("-13800000000")!;
    expect(bigBang.precision).toBe("year");
    expect(bigBang.scale).toBe(1_000_000);
    expect(bigBang.start.getFullYear()).toBe(-13_800);
    expect(formatPartialDate(bigBang)).toBe("13.8 billion years ago");
    expect(formatPartialDate(bigBang, "fa")).toBe("۱۳٫۸ میلیارد سال پیش");
    expect(formatPartialDate(bigBang, "ar")).toMatch(/^قبل 13[.٫]8 مليار سنة$/);
    expect(formatPartialDate(parsePartialDate("-275000")!)).toBe("275,000 BCE");
    expect(formatPartialDate(parsePartialDate("-65500123")!)).toBe("65.500123 million years ago");
    expect(formatPartialDate(parsePartialDate("5000000000")!)).toBe("in 5 billion years");
  });

  it("places dates of one timeline on one scale, in order, and still writes each as written", () => {
    const scale = parsePartialDate("-13800000000")!.scale!;
    const dates = ["-13800000000", "-4540000000", "-200000", "-0500", "2024-05-30"].map((text) => onScale(parsePartialDate(text)!, scale));
    const starts = dates.map((date) => date.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(dates.map((date) => formatPartialDate(date))).toEqual([
      "13.8 billion years ago",
      "4.54 billion years ago",
      "200,000 BCE",
      "500 BCE",
      "30 May 2024",
    ]);
    expect(isBefore(parsePartialDate("-300000")!, parsePartialDate("-50000")!)).toBe(true);
    expect(isBefore(parsePartialDate("-50000")!, parsePartialDate("-300000")!)).toBe(false);
  });

  it("writes a year of tens of thousands the same whether it is on a scaled axis or read from its text", () => {
    const scale = parsePartialDate("-4500000000")!.scale!;
    for (const lang of ["en", "ar", "fa"] as const)
      for (const text of ["-200000", "-10000", "-66000"]) {
        expect(formatDateText(text, lang)).toBe(formatPartialDate(onScale(parsePartialDate(text)!, scale), lang));
      }
    expect(formatDateText("-200000")).toBe("200,000 BCE");
    expect(formatDateText("-9999")).toBe("9999 BCE");
  });

  it("accepts a leap day in a leap year", () => {
    expect(parsePartialDate("2024-02-29")?.start).toEqual(new Date(2024, 1, 29));
  });
});

describe("formatPartialDate", () => {
  it("never shows more precision than the data has", () => {
    expect(formatPartialDate(parsePartialDate("2020")!)).toBe("2020");
    expect(formatPartialDate(parsePartialDate("2020-07")!)).toBe("July 2020");
    expect(formatPartialDate(parsePartialDate("2024-05-30")!)).toBe("30 May 2024");
  });

  it("formats ranges and missing dates", () => {
    expect(formatDateRange(parsePartialDate("2021-08")!, parsePartialDate("2024-05-19")!)).toBe("August 2021 – 19 May 2024");
    expect(formatDateText(null)).toBe("not stated");
    expect(formatDateText("2024-11-20")).toBe("20 November 2024");
  });
});

describe("dates in other languages", () => {
  it("uses the language's month names and digits", () => {
    expect(formatPartialDate(parsePartialDate("2024-05-30")!, "fa")).toBe("۳۰ مه ۲۰۲۴");
    expect(formatPartialDate(parsePartialDate("2020-07")!, "ar")).toMatch(/^يوليو/);
    expect(formatDateText(null, "ar")).toBe("غير مذكور");
  });
});

describe("formatAxisTick", () => {
  it("writes years whole and months short, naming the year where it begins", () => {
    expect(formatAxisTick(new Date(2021, 0, 1), "year")).toBe("2021");
    expect(formatAxisTick(new Date(2024, 3, 1), "month")).toBe("Apr");
    expect(formatAxisTick(new Date(2024, 0, 1), "month")).toBe("Jan 2024");
    expect(formatAxisTick(new Date(2021, 0, 1), "year", "fa")).toBe("۲۰۲۱");
  });

  it("writes years before the common era as such, and days by their date", () => {
    expect(formatAxisTick(parsePartialDate("-0500")!.start, "year")).toBe("500 BCE");
    expect(formatAxisTick(parsePartialDate("-12000")!.start, "year")).toBe("12000 BCE");
    expect(formatAxisTick(parsePartialDate("-0044-01")!.start, "month")).toBe("Jan 44 BCE");
    expect(formatAxisTick(new Date(1066, 9, 14), "day")).toBe("14 Oct");
  });

  it("writes times of day to the minute or the second", () => {
    expect(formatAxisTick(new Date(2014, 5, 18, 17, 15), "minute")).toBe("17:15");
    expect(formatAxisTick(new Date(2014, 5, 18, 17, 17, 30), "second")).toBe("17:17:30");
    expect(formatAxisTick(new Date(2014, 5, 18, 17, 17, 30), "second", "fa")).toBe("۱۷:۱۷:۳۰");
  });

  it("reads the earliest and latest years a date holds", () => {
    expect(parsePartialDate("-271820")!.start.getFullYear()).toBe(-271820);
    expect(parsePartialDate("275759")!.start.getFullYear()).toBe(275759);
  });
});

describe("formatPeriodDates", () => {
  const date = (text: string) => parsePartialDate(text)!;
  it("gives a period's span at the precision of each end, or says its end is not stated", () => {
    expect(formatPeriodDates({ start: date("2021-08"), end: date("2024-05-19") })).toBe("August 2021 – 19 May 2024");
    expect(formatPeriodDates({ start: date("2024-05-19"), end: null })).toBe("19 May 2024 – end not stated");
  });

  it("joins a date and its time with the language's comma", () => {
    expect(formatDateText("2024-04-12T10:00", "ar")).toBe(
      `12 أبريل 2024، 10:00`.replace(/\d/g, (d) => new Intl.NumberFormat("ar").format(Number(d))),
    );
    expect(formatDateText("2024-04-12T10:00:30", "fa")).toBe("۱۲ آوریل ۲۰۲۴، ۱۰:۰۰:۳۰");
    expect(formatDateText("2024-04-12T10:00", "en")).toBe("12 April 2024, 10:00");
    for (const lang of ["ar", "fa"] as const) expect(formatDateText("2024-04-12T10:00", lang)).not.toContain(",");
  });
});

describe("machineDate", () => {
  it("keeps a date of the common era with a four-digit year, and a span of two", () => {
    expect(machineDate("2024-05-30T14:30")).toBe("2024-05-30T14:30");
    expect(machineDate("0500")).toBe("0500");
    expect(machineDate("2020-07", "2021-03")).toBe("2020-07/2021-03");
  });

  it("has no form for a year before the common era, of deep time or beyond 9999", () => {
    for (const text of ["-13800000000", "-0500", "0000", "5000000000", "275758"]) {
      expect(machineDate(text)).toBeUndefined();
    }
    expect(machineDate("2020", "-13800000000")).toBeUndefined();
    expect(machineDate("-13800000000", "2020")).toBeUndefined();
  });
});
