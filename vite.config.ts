import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { contentSecurityPolicyMeta } from "./build/contentSecurityPolicy.ts";
import { datasetFiles } from "./build/dataset.ts";
import { datasetPreload } from "./build/datasetPreload.ts";
import { itemBoxStylesheet } from "./build/itemBoxCss.ts";
import { prerenderedPage } from "./build/prerenderedPage.ts";
import { visTimelineLocales } from "./build/trimVisLocales.ts";

// Build-time code lives in build/; this file only wires it.
export default defineConfig({
  // Relative base: dist/ works from any folder of any static host.
  base: "./",
  plugins: [
    react(),
    itemBoxStylesheet(),
    visTimelineLocales(),
    datasetFiles(),
    datasetPreload(),
    prerenderedPage(),
    // Last: it hashes the inline scripts the others put in.
    contentSecurityPolicyMeta(),
  ],
  // One stylesheet, linked from the page: the prerendered view needs all of it before its first frame.
  build: { target: "es2022", sourcemap: true, cssCodeSplit: false },
  // The dataset worker as a module with chunks of its own: TimelineJS's readers load there only
  // for a file that needs them, as on the page.
  worker: { format: "es" },
  preview: { port: 4173, strictPort: true },
  // Verbose: a skipped test (the source-copy checks, in a clone with nothing beside it) is named.
  test: { include: ["src/**/*.test.ts", "build/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node", reporters: ["verbose"] },
});
