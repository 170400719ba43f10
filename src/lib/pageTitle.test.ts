import { describe, expect, it } from "vitest";
import { pageTitle } from "./pageTitle";

describe("pageTitle", () => {
  it("names the subject, then the timeline", () => {
    expect(pageTitle("Assad meets Khamenei", "Iran–Syria")).toBe("Assad meets Khamenei · Iran–Syria");
    expect(pageTitle(null, "Iran–Syria")).toBe("Iran–Syria");
  });

  it("isolates a subject with its own direction controls, so an override stops before the timeline's name", () => {
    const title = pageTitle("\u202Eevil", "Iran–Syria");
    expect(title).toBe("\u2068\u202Eevil\u2069 · Iran–Syria");
  });
});
