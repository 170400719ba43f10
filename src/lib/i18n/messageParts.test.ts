import { describe, expect, it } from "vitest";
import { translator } from "./i18n";
import { aroundValue } from "./messageParts";

describe("aroundValue", () => {
  it("splits a message around the value's place, in each language's order", () => {
    expect(aroundValue((title) => translator("en")("announceEvent", { title, date: "2 November 2024" }))).toEqual([
      "Selected: ",
      ", 2 November 2024",
    ]);
    expect(aroundValue((title) => translator("ar")("announceEvent", { title, date: "2 نوفمبر 2024" }))).toEqual([
      "تم اختيار: ",
      "، 2 نوفمبر 2024",
    ]);
  });
});
