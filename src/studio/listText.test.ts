import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listText, readList, textHoldsList, typedSeparator } from "./listText";

describe("list fields", () => {
  it("split on the Latin and the Arabic comma, keeping the spaces inside names", () => {
    expect(readList("Ali Khamenei, Bashar al-Assad")).toEqual(["Ali Khamenei", "Bashar al-Assad"]);
    expect(readList("مسعود بزشكيان، بسام الصباغ")).toEqual(["مسعود بزشكيان", "بسام الصباغ"]);
    expect(readList(" , a,, b ,")).toEqual(["a", "b"]);
  });

  it("every prefix of a text typed key by key still holds the list it reads as", () => {
    const typed = "Ali Khamenei, Bashar al-Assad";
    for (let i = 0; i <= typed.length; i++) expect(textHoldsList(typed.slice(0, i), readList(typed.slice(0, i)))).toBe(true);
  });

  it("a list shown as text reads back as the same list", () => {
    const name = fc.string({ unit: "grapheme", minLength: 1 }).filter((s) => !/[,،]/.test(s) && s.trim() === s && s !== "");
    fc.assert(
      fc.property(fc.array(name), (names) => {
        expect(readList(listText(names))).toEqual(names);
      }),
    );
  });

  it("a list changed elsewhere (an undo) is not held by the old text", () => {
    expect(textHoldsList("Ali Khamenei, Bashar", ["Ali Khamenei"])).toBe(false);
    expect(textHoldsList("Ali Khamenei, ", ["Ali Khamenei"])).toBe(true);
  });
});

describe("a list field left", () => {
  it("is shown with the separator typed in it, else with its language's", () => {
    expect(typedSeparator("مسعود بزشكيان، بسام الصباغ")).toBe("، ");
    expect(typedSeparator("a, b، c, d")).toBe(", ");
    expect(typedSeparator("Ali Khamenei")).toBeNull();
    expect(listText(["مسعود بزشكيان", "بسام الصباغ"])).toBe("مسعود بزشكيان، بسام الصباغ");
    expect(listText(["Joe Biden", "Antony Blinken"], "ar")).toBe("Joe Biden، Antony Blinken");
    expect(listText(["Joe Biden", "Antony Blinken"], "ar", ", ")).toBe("Joe Biden, Antony Blinken");
    expect(listText(["Ali Khamenei", "Bashar al-Assad"], "en")).toBe("Ali Khamenei, Bashar al-Assad");
  });
});
