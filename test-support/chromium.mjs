// The browser that Playwright's config and the bench both launch, and how.
import { existsSync } from "node:fs";

/** The system Chromium ($CHROMIUM, then /usr/bin/chromium); undefined lets Playwright use its own
 * managed browser, only where neither exists. */
export function chromiumPath() {
  return [process.env.CHROMIUM, "/usr/bin/chromium"].find((path) => path && existsSync(path));
}

/** This machine has no network beyond the package registries: keep Chromium from calling home. */
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
