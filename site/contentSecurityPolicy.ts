import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/** The policy the built page runs under. `frame-ancestors` cannot be set from a
 * meta tag: hosts that can send headers should add it (see docs/security.md). The page's inline
 * scripts (the prerender's gate and deep-link pick) are allowed by their hashes, never by
 * 'unsafe-inline'. */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)].join(" "),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The SHA-256 source expression of each inline script in `html` that runs (those without `src`):
 * a data block (`type="application/ld+json"`) never runs, so CSP does not govern it. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `sha256-${createHash("sha256").update(body!).digest("base64")}`,
  );
}

/** `html` with the policy as the first tag of its head. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}">`;
  return html.replace("<head>", `<head>\n    ${meta}`);
}

/** Adds the CSP meta to the built page only (the dev server needs inline scripts for hot reload),
 * last, so it can hash the inline scripts the other plugins put in. */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: { order: "post", handler: withContentSecurityPolicy },
  };
}
