import { createLogger, loadConfigFromFile } from "vite";
import { describe, expect, it } from "vitest";

// vite.config.ts imports site/, and site/ imports src/: Vite checks every module of that graph
// against its native config loader (Node's own, planned as the default), which resolves no import
// without its file extension, and warns on every build and test where one lacks it.
describe("vite.config.ts", () => {
  it("loads without a warning from Vite's config loader", async () => {
    const warnings: string[] = [];
    const logger = createLogger("warn");
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = (message) => void warnings.push(message);
    const loaded = await loadConfigFromFile(
      { command: "build", mode: "production" },
      "vite.config.ts",
      process.cwd(),
      "warn",
      logger,
      "bundle",
    );
    expect(loaded?.config.plugins?.length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  }, 60_000);
});
