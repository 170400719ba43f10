import { describe, expect, it } from "vitest";
import { readSiteUrl } from "./siteUrl";

describe("readSiteUrl", () => {
  it("takes an absolute http(s) folder", () => {
    expect(readSiteUrl({ SITE_URL: "https://news.example/iran-syria/" })).toBe("https://news.example/iran-syria/");
    expect(readSiteUrl({ SITE_URL: "http://localhost:8080/" })).toBe("http://localhost:8080/");
  });

  it("is null when not given", () => {
    expect(readSiteUrl({})).toBeNull();
    expect(readSiteUrl({ SITE_URL: "" })).toBeNull();
  });

  it("refuses anything else, naming it", () => {
    for (const bad of [
      "news.example/iran-syria/",
      "/iran-syria/",
      "ftp://news.example/",
      "javascript:alert(1)//",
      "https://news.example/iran-syria",
      "https://news.example/?a=1/",
    ]) {
      expect(() => readSiteUrl({ SITE_URL: bad }), bad).toThrow(`SITE_URL="${bad}"`);
    }
  });
});
