import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasUnsafeCharacter, linkHref, onSite, siteAddressProblem, sitePath } from "./addressPolicy";

const ROOT = "https://news.example/timeline/";

/** Strings made to fool a pattern: schemes in any case, control characters, tabs, newlines,
 * backslashes, slashes, dots, credentials and percent-escapes, in any order. */
const tricky = fc
  .array(
    fc.constantFrom(
      "javascript:",
      "JaVaScRiPt:",
      "data:",
      "vbscript:",
      "http:",
      "https:",
      "file:",
      "//",
      "/",
      "\\",
      "..",
      ".",
      "\t",
      "\n",
      "\r",
      "\u0000",
      "\u0001",
      "\u001f",
      "\u007f",
      " ",
      "%2F",
      "%5C",
      "%0A",
      "@",
      "user:pw@",
      "evil.invalid",
      "news.example",
      "timeline",
      "x.png",
      "#",
      "?",
      ":",
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

describe("linkHref", () => {
  it("links http and https addresses", () => {
    expect(linkHref("https://news.az/a")).toBe("https://news.az/a");
    expect(linkHref("http://example.org")).toBe("http://example.org/");
  });

  it.each([
    null,
    "",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "da\nta:text/html,x",
    "vbscript:x",
    "/relative",
    "not a url",
    "https://user:secret@news.example/",
    "https:\\\\evil.invalid/",
  ])("never links %j", (url) => expect(linkHref(url)).toBeNull());

  it("gives nothing but an http(s) address without credentials, whatever it is handed", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string(), fc.webUrl()), (raw) => {
        const href = linkHref(raw);
        if (href === null) return;
        const url = new URL(href);
        expect(["http:", "https:"]).toContain(url.protocol);
        expect(url.username + url.password).toBe("");
        expect(hasUnsafeCharacter(raw)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("sitePath", () => {
  it("keeps paths under the site's root, from the root", () => {
    expect(sitePath("media/photo.png")).toBe("media/photo.png");
    expect(sitePath("./favicon.svg")).toBe("favicon.svg");
    expect(sitePath("media/a/../b.png?v=2#x")).toBe("media/b.png?v=2#x");
  });

  it.each([
    "\u0001data:text/html,<h1>x</h1>",
    "da\nta:text/html,x",
    "java\tscript:alert(1)",
    "/\\evil.invalid/x.png",
    "/\t/evil.invalid/page",
    "//evil.invalid/x.png",
    "/elsewhere.png",
    "../outside.png",
    "https://evil.invalid/x.png",
    "\u0001data:image/svg+xml,<svg/>#.png",
    "",
    null,
  ])("refuses %j", (raw) => expect(sitePath(raw)).toBeNull());

  it("never names a path that leaves the site's folder, on any site at any depth", () => {
    fc.assert(
      fc.property(tricky, fc.constantFrom("https://a.example/", "https://a.example/x/y/", "http://127.0.0.1:8080/t/"), (raw, root) => {
        const path = sitePath(raw);
        if (path === null) return;
        // As the page would resolve it: from the site's root.
        const url = new URL(path, root);
        expect(url.origin).toBe(new URL(root).origin);
        expect(url.pathname.startsWith(new URL(root).pathname)).toBe(true);
        expect(hasUnsafeCharacter(path)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("onSite", () => {
  it("takes files in the site's folder", () => {
    expect(onSite("data/x.json", ROOT)?.href).toBe("https://news.example/timeline/data/x.json");
    expect(onSite("https://news.example/timeline/x.json", `${ROOT}index.html`)?.href).toBe("https://news.example/timeline/x.json");
  });

  it("is never another origin, another folder, another scheme, or an address with credentials", () => {
    fc.assert(
      fc.property(tricky, (raw) => {
        const url = onSite(raw, ROOT);
        if (url === null) return;
        expect(url.origin).toBe("https://news.example");
        expect(url.pathname.startsWith("/timeline/")).toBe(true);
        expect(url.username + url.password).toBe("");
      }),
      { numRuns: 5000 },
    );
  });
});

describe("siteAddressProblem", () => {
  it("accepts a site's folder and names what is wrong with anything else", () => {
    expect(siteAddressProblem(ROOT)).toBeNull();
    expect(siteAddressProblem("https://editor:hunter2@news.example/")).toMatch(/user name or password/);
    expect(siteAddressProblem("https://news.example/\t")).toMatch(/control character/);
    expect(siteAddressProblem("ftp://news.example/")).toMatch(/http/);
  });
});
