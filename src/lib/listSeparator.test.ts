import { describe, expect, it } from "vitest";
import { joinList, listSeparator, writesArabicComma } from "./listSeparator";

describe("a list written out", () => {
  it("takes the Arabic comma in Arabic, Persian and the languages of their script", () => {
    expect(joinList(["مسعود بزشكيان", "بسام الصباغ"], "ar")).toBe("مسعود بزشكيان، بسام الصباغ");
    expect(joinList(["Joe Biden", "Antony Blinken"], "fa-IR")).toBe("Joe Biden، Antony Blinken");
    expect(writesArabicComma("ur")).toBe(true);
    expect(writesArabicComma("pa-Latn")).toBe(false);
  });

  it("takes the Latin comma in English and the other languages", () => {
    expect(joinList(["Ali Khamenei", "Bashar al-Assad"], "en")).toBe("Ali Khamenei, Bashar al-Assad");
    expect(joinList(["Pedro Sánchez", "Carlos Mazón"], "es")).toBe("Pedro Sánchez, Carlos Mazón");
  });

  it("follows the script where the language is not said or not the list's", () => {
    expect(listSeparator(null, ["مسعود بزشكيان", "بسام الصباغ"])).toBe("، ");
    expect(listSeparator("en", ["مسعود بزشكيان", "بسام الصباغ"])).toBe("، ");
    expect(listSeparator(undefined, ["Ali Khamenei"])).toBe(", ");
    expect(listSeparator(null, [])).toBe(", ");
  });
});
