import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from "./contentSecurityPolicy";

const sha = (body: string) => `sha256-${createHash("sha256").update(body).digest("base64")}`;

describe("the content security policy", () => {
  it("allows the page's inline scripts by their hashes only, never 'unsafe-inline'", () => {
    const html = `<html><head><script type="module" src="./a.js"></script><script data-x>one()</script></head><body><script>two()</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha("one()"), sha("two()")]);
    const page = withContentSecurityPolicy(html);
    const policy = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(policy).toBe(contentSecurityPolicy([sha("one()"), sha("two()")]));
    expect(policy).toContain(`script-src 'self' '${sha("one()")}' '${sha("two()")}';`);
    expect(policy).not.toContain("unsafe-inline");
    for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  it("hashes no data block: JSON-LD never runs, so the policy need not allow it", () => {
    const html = `<head><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>run()</script></head>`;
    expect(inlineScriptHashes(html)).toEqual([sha("run()")]);
  });
});
