import { defineConfig, devices } from "@playwright/test";
import { suitePorts } from "./e2e/ports";
import { CHROMIUM_ARGS, chromiumPath } from "./test-support/chromium.mjs";

const ports = await suitePorts();
export const SITE_ORIGIN = `http://127.0.0.1:${ports.site}`;
/** A second origin, for the pages that embed the explorer. */
export const PARENT_ORIGIN = `http://127.0.0.1:${ports.parent}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: "list",
  use: {
    baseURL: `${SITE_ORIGIN}/`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } }],
  webServer: [
    {
      // Tests run against the built site: `npm test` builds first.
      command: `npx vite preview --config e2e/preview.config.ts --port ${ports.site} --strictPort --host 127.0.0.1`,
      url: `${SITE_ORIGIN}/`,
      timeout: 60_000,
    },
    {
      command: `node e2e/parent-server.mjs ${ports.parent}`,
      url: `${PARENT_ORIGIN}/`,
      timeout: 30_000,
    },
  ],
});
