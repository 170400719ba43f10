import { describe, expect, it } from "vitest";
import { resolveDatasetUrl } from "./datasetUrl";

const page = "https://example.org/explorer/index.html?data=x#/event/a";

describe("resolveDatasetUrl", () => {
  it("defaults to the bundled dataset beside the page", () => {
    expect(resolveDatasetUrl(null, page)).toEqual({
      ok: true,
      url: "https://example.org/explorer/data/timeline.json",
      label: "data/timeline.json",
    });
  });

  it("accepts paths in the site's folder, relative or absolute", () => {
    expect(resolveDatasetUrl("other.json", page)).toMatchObject({ ok: true, url: "https://example.org/explorer/other.json" });
    expect(resolveDatasetUrl("/explorer/sets/other.json", page)).toMatchObject({
      ok: true,
      url: "https://example.org/explorer/sets/other.json",
    });
    expect(resolveDatasetUrl("https://example.org/explorer/a.json", page)).toMatchObject({ ok: true });
  });

  it.each([
    ["https://evil.example/data.json", "another site"],
    ["//evil.example/data.json", "another site"],
    ["\\\\evil.example/data.json", "another site"],
    ["http://example.org/a.json", "another site"],
    ["javascript:alert(1)", "javascript:"],
    ["JaVaScRiPt:alert(1)", "javascript:"],
    ["data:application/json,{}", "data:"],
    ["file:///etc/passwd", "file:"],
    ["", "empty"],
    ["/sets/other.json", "this site's folder"],
    ["../other/a.json", "this site's folder"],
    ["https://user:secret@example.org/explorer/a.json", "this site's folder"],
    ["\u0001data.json", "this site's folder"],
    ["da\nta/x.json", "this site's folder"],
    ["a".repeat(3000), "too long"],
  ])("refuses %j with a message naming the problem", (param, expected) => {
    const result = resolveDatasetUrl(param, page);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(expected);
  });
});
