import react from "@vitejs/plugin-react";
import { configDefaults, defineConfig } from "vitest/config";
import { contentSecurityPolicyMeta } from "./site/contentSecurityPolicy.ts";
import { datasetFiles } from "./site/dataset.ts";
import { itemBoxStylesheet } from "./site/itemBoxCss.ts";
import { prerenderedPage } from "./site/prerenderedPage.ts";
import { studioPages } from "./site/studioPages.ts";
import { visTimelineLocales } from "./site/trimVisLocales.ts";

// Build-time code lives in site/; this file only wires it.
export default defineConfig({
  // Relative base: dist/ works from any folder of any static host.
  base: "./",
  plugins: [
    react(),
    itemBoxStylesheet(),
    visTimelineLocales(),
    datasetFiles(),
    prerenderedPage(),
    // Last: it hashes the inline scripts the others put in.
    contentSecurityPolicyMeta(),
    // After the explorer's pages, in a pass of its own.
    studioPages(() => [itemBoxStylesheet(), visTimelineLocales()]),
  ],
  // One stylesheet, linked from the page: the prerendered view needs all of it before its first frame.
  build: { target: "es2022", sourcemap: true, cssCodeSplit: false },
  // The dataset worker as a module with chunks of its own: TimelineJS's readers load there only
  // for a file that needs them, as on the page.
  worker: { format: "es" },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: "node",
    // Verbose: a skipped test (the source-copy checks, in a clone with nothing beside it) is named.
    reporters: ["verbose"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{src,site,scripts,test-support}/**/*.test.ts"],
          // Every interface language, as the build has them: a reader's page loads its own alone.
          setupFiles: ["src/lib/i18n/allLanguages.ts"],
          exclude: [...configDefaults.exclude, "**/*.build.test.ts"],
        },
      },
      // Whole builds of the site: slower, and a suite of their own (`npm run test:build`).
      { extends: true, test: { name: "build", include: ["site/**/*.build.test.ts"] } },
    ],
  },
});
