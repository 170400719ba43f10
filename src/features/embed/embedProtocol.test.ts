import { describe, expect, it } from "vitest";
import { heightMessages, parseSelectRequest } from "./embedProtocol";

describe("heightMessages", () => {
  it("sends our form and AMP's, rounded up to whole pixels", () => {
    expect(heightMessages(512.2)).toEqual([
      { type: "timeline:height", height: 513 },
      { sentinel: "amp", type: "embed-size", height: 513 },
    ]);
  });
});

describe("parseSelectRequest", () => {
  it("accepts a well-formed select message", () => {
    expect(parseSelectRequest({ type: "timeline:select", id: "2021-08-raisi-takes-office" })).toBe("2021-08-raisi-takes-office");
  });

  it.each([
    null,
    "timeline:select",
    42,
    [],
    {},
    { type: "timeline:select" },
    { type: "timeline:select", id: 7 },
    { type: "timeline:select", id: "" },
    { type: "timeline:select", id: "x".repeat(201) },
    { type: "timeline:height", id: "a" },
    { type: "TIMELINE:SELECT", id: "a" },
  ])("ignores %j", (data) => expect(parseSelectRequest(data)).toBeNull());
});
