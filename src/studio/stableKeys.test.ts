import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { nextKeys, useStableKeys } from "./stableKeys";

const counter = () => {
  let n = 0;
  return () => `new${++n}`;
};

describe("nextKeys", () => {
  const [a, b, c, d] = [{ t: "a" }, { t: "b" }, { t: "c" }, { t: "d" }];
  const before = { items: [a, b, c, d], keys: ["ka", "kb", "kc", "kd"] };

  it("keeps each item's key when another is edited, whatever its id becomes", () => {
    expect(nextKeys(before, [a, b, { t: "c, typed", id: "changed" }, d], counter())).toEqual(["ka", "kb", "kc", "kd"]);
  });

  it("keeps the keys of the items after a removed one, and gives an added one its own", () => {
    expect(nextKeys(before, [a, c, d], counter())).toEqual(["ka", "kc", "kd"]);
    expect(nextKeys(before, [a, b, c, d, { t: "e" }], counter())).toEqual(["ka", "kb", "kc", "kd", "new1"]);
  });

  it("follows moved items, and brings back a key with an undone item", () => {
    expect(nextKeys(before, [d, a, b, c], counter())).toEqual(["kd", "ka", "kb", "kc"]);
    const removed = { items: [a, c, d], keys: ["ka", "kc", "kd"] };
    expect(nextKeys(removed, [a, b, c, d], counter())).toEqual(["ka", "new1", "kc", "kd"]);
  });

  it("never gives two items one key, even the same object twice", () => {
    const keys = nextKeys(before, [a, a, b], counter());
    expect(new Set(keys).size).toBe(3);
  });
});

describe("useStableKeys", () => {
  it("gives each list its own keys: a second mount starts as the first did", () => {
    const items = [{ t: "a" }, { t: "b" }];
    const List = () => createElement("ul", null, useStableKeys(items).join(" "));
    expect(renderToString(createElement(List))).toBe("<ul>k1 k2</ul>");
    expect(renderToString(createElement(List))).toBe("<ul>k1 k2</ul>");
  });
});
