import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { duplicateKeys } from "./duplicateKeys";

describe("duplicate keys", () => {
  it("names each key given twice in one object by its path", () => {
    expect(duplicateKeys('{"title":"a","events":[{"id":"x","title":"One","title":"Two"}],"title":"b"}')).toEqual([
      "events[0].title",
      "title",
    ]);
    expect(duplicateKeys('{"a":{"b":1},"c":{"b":2},"s":"\\"b\\":1,\\"b\\""}')).toEqual([]);
    expect(duplicateKeys('[{"a":1},{"a":2}]')).toEqual([]);
  });

  it("finds none in what JSON.stringify writes, and never throws on deep nesting", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(duplicateKeys(JSON.stringify(value))).toEqual([]);
      }),
    );
    expect(duplicateKeys(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toEqual([]);
  });
});
