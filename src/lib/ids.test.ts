import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Length } from "./ids";

describe("utf8Length", () => {
  it("counts what TextEncoder writes, lone surrogates included", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Length(text)).toBe(encoder.encode(text).length);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff })), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(utf8Length(text)).toBe(encoder.encode(text).length);
      }),
    );
  });
});
