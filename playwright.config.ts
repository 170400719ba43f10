import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/** The system Chromium ($CHROMIUM, then /usr/bin/chromium); Playwright's own browser only where neither exists. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM, "/usr/bin/chromium"].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

const PORT = 4173;
/** A second origin, for the pages that embed the explorer. */
export const PARENT_PORT = 4174;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      // This machine has no network beyond the registries: keep Chromium from calling home.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } }],
  webServer: [
    {
      // Tests run against the built site: `npm test` builds first.
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node e2e/parent-server.mjs ${PARENT_PORT}`,
      url: `http://127.0.0.1:${PARENT_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
