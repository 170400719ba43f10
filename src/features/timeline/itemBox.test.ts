import { describe, expect, it } from "vitest";
import { boxHeight, boxLanes, dateLinesOf, ITEM_BOX, linesOf } from "./itemBox";

describe("linesOf", () => {
  it("breaks at spaces, and within a word too long for a line", () => {
    expect(linesOf("Assad visits Tehran", 170, 13.6)).toBe(1);
    expect(linesOf("A long-winded title that goes on for a considerable while", 170, 13.6)).toBe(3);
    expect(linesOf("x".repeat(200), 170, 13.6)).toBeGreaterThanOrEqual(10);
    expect(linesOf("", 170, 13.6)).toBe(1);
  });

  it("reckons wide scripts a square a character, and never fewer lines than DejaVu Sans Bold sets", () => {
    // 30 CJK characters: at 13.6 px, 12 to a 170 px line at most.
    expect(linesOf("伊朗与叙利亚签署全面军事协议伊朗与叙利亚签署全面军事协议两国", 170, 13.6)).toBeGreaterThanOrEqual(3);
    // Seen in Chromium with DejaVu Sans Bold: "A long-winded title" is about 146 px at 13.6 px.
    expect(linesOf("A long-winded title that", 146, 13.6)).toBe(2);
  });

  it("reckons Arabic script as joined letters, not a square each: no more lines than Chromium sets", () => {
    // Seen in Chromium with DejaVu Sans Bold in a 184 px box: three lines, and two.
    expect(linesOf("بزشكيان يلتقي وزير الخارجية السوري بسام الصباغ في طهران", 170.4, 13.6)).toBe(3);
    expect(linesOf("إيران وسوريا توقعان اتفاقية عسكرية شاملة", 170.4, 13.6)).toBeGreaterThanOrEqual(2);
    expect(boxLanes("غارة أمريكية بطائرة مسيرة في بغداد تقتل قاسم سليماني", false, 6)).toBe(1);
    // Persian's longest bundled title is four lines there: never fewer reckoned.
    expect(linesOf("بشار اسد از بیانیهٔ کشورهای حوزهٔ خلیج فارس دربارهٔ جزایر مورد مناقشه حمایت کرد", 170.4, 13.6)).toBeGreaterThanOrEqual(4);
  });
});

describe("boxLanes", () => {
  it("keeps a box one lane tall for up to three lines of title, and grows it a lane at a time for more", () => {
    expect(boxHeight(1)).toBe(ITEM_BOX.height);
    expect(boxLanes("Helicopter crash kills Raisi and Amir-Abdollahian", false, 6)).toBe(1);
    const long = "A long-winded title that goes on for a considerable while about what happened and what followed it";
    expect(boxLanes(long, false, 6)).toBe(2);
    expect(boxLanes(`${long} ${long} ${long}`, false, 6)).toBeGreaterThan(2);
  });

  it("gives a range's two dates their room, and stops at the lanes there are", () => {
    const three = "A long-winded title that goes on for a considerable while";
    expect(linesOf(three, ITEM_BOX.width - 2 * (2 + 4.8), 13.6)).toBe(3);
    expect(boxLanes(three, false, 6)).toBe(1);
    expect(boxLanes(three, true, 6)).toBe(2);
    expect(boxLanes("word ".repeat(400), false, 4)).toBe(4);
  });

  it("gives an updated event's mark a line of its own, a box of two lines of title still one lane", () => {
    expect(boxLanes("River bursts its banks at dawn", false, 6, true)).toBe(1);
    const three = "A long-winded title that goes on for a considerable while";
    expect(boxLanes(three, false, 6, false)).toBe(1);
    expect(boxLanes(three, false, 6, true)).toBe(2);
  });

  it("gives an untranslated title's mark a line of its own too", () => {
    const two = "River bursts its banks at dawn";
    expect(boxLanes(two, false, 6, false, true)).toBe(1);
    expect(boxLanes(two, false, 6, true, true)).toBe(2);
    const three = "A long-winded title that goes on for a considerable while";
    expect(boxLanes(three, false, 6, false, true)).toBe(2);
  });
});

describe("dateLinesOf", () => {
  it("keeps a range of two years to one line, and gives two long dates two", () => {
    expect(dateLinesOf(["602 – 629"])).toBe(1);
    expect(dateLinesOf(["602 – 629", "٦٠٢ – ٦٢٩", "۶۰۲ – ۶۲۹"])).toBe(1);
    expect(dateLinesOf(["500 BCE – 200 BCE"])).toBe(1);
    expect(dateLinesOf(["18 September 2020 – 23 December 2024"])).toBe(2);
    // The longest of its languages' texts decides.
    expect(dateLinesOf(["602 – 629", "18 September 2020 – 23 December 2024"])).toBe(2);
  });

  it("fits Knight Lab's Roman-Persian War (602 – 629) with its mark in one lane, as Chromium draws it (about 72 px)", () => {
    const title = "Last great Roman-Persian War.";
    expect(boxLanes(title, true, 6, true, false, dateLinesOf(["602 – 629"]))).toBe(1);
    expect(boxLanes(title, true, 6, true, false, dateLinesOf(["18 September 2020 – 23 December 2024"]))).toBe(2);
  });
});
