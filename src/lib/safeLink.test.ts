import { describe, expect, it } from "vitest";
import { safeLinkHref } from "./safeLink";

describe("safeLinkHref", () => {
  it("links http and https addresses", () => {
    expect(safeLinkHref("https://news.az/a")).toBe("https://news.az/a");
    expect(safeLinkHref("http://example.org")).toBe("http://example.org/");
  });

  it.each([
    null,
    "",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "/relative",
    "not a url",
  ])("never links %j", (url) => expect(safeLinkHref(url)).toBeNull());
});
