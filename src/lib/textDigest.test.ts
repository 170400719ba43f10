import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textDigest } from "./textDigest";

/** The platform's digest, as the format defines `basis`: what any other tool would compute. */
async function platformDigest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return [...bytes]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, 16);
}

describe("textDigest", () => {
  it("is the first 16 hex digits of SHA-256 of the text", () => {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(textDigest("abc")).toBe("ba7816bf8f01cfea");
    expect(textDigest("")).toBe("e3b0c44298fc1c14");
  });

  it("takes UTF-8 of a string and the JSON of a list or paragraphs", async () => {
    expect(textDigest("الأسد يلتقي خامنئي")).toBe(await platformDigest("الأسد يلتقي خامنئي"));
    expect(textDigest(["Ali Khamenei", "Bashar al-Assad"])).toBe(await platformDigest('["Ali Khamenei","Bashar al-Assad"]'));
    const paragraphs = [["See ", { text: "the readout", href: "https://example.org/" }], ["Second."]];
    expect(textDigest(paragraphs)).toBe(await platformDigest(JSON.stringify(paragraphs)));
  });

  it("agrees with the platform's SHA-256 for any text, and tells texts apart", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme" }), async (text) => {
        expect(textDigest(text)).toBe(await platformDigest(text));
        expect(textDigest(text)).toBe(textDigest(text));
      }),
    );
    expect(textDigest("Assad meets Khamenei")).not.toBe(textDigest("Assad meets Khamenei."));
  });
});
